// Import list of package overwatch in overwatch of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package overwatch

import (
)
