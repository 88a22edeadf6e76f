// Import list of package origins in ingress/origins of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package origins

import (
	_ "context"
	_ "crypto/rand"
	_ "github.com/cloudflare/cloudflared/ingress"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/rs/zerolog"
	_ "math/big"
	_ "net"
	_ "net/netip"
	_ "slices"
	_ "sync"
	_ "time"
)
