// Import list of package util in pkg/apis/options/util of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package util

import (
	_ "errors"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "os"
)
