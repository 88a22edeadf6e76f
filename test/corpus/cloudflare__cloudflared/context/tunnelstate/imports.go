// Import list of package tunnelstate in tunnelstate of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package tunnelstate

import (
	_ "github.com/cloudflare/cloudflared/connection"
	_ "github.com/rs/zerolog"
	_ "net"
	_ "sync"
)
