// Import list of package compat in certcrypto/compat of go-acme/lego (the import blocks of its non-test files; no code kept)
package compat

import (
	_ "github.com/go-acme/lego/v5/certcrypto"
)
