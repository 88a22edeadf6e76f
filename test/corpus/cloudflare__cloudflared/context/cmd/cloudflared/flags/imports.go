// Import list of package flags in cmd/cloudflared/flags of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package flags

import (
)
