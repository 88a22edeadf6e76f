// Import list of package client in client of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package client

import (
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/features"
	_ "github.com/cloudflare/cloudflared/tunnelrpc/pogs"
	_ "github.com/google/uuid"
	_ "github.com/rs/zerolog"
	_ "net"
)
