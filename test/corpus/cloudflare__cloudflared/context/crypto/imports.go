// Import list of package crypto in crypto of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package crypto

import (
	_ "crypto/tls"
	_ "errors"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/features"
	_ "slices"
)
