// Import list of package fips in fips of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package fips

import (
	_ "crypto/tls/fipsonly"
)
