// Import list of package prechecks in prechecks of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package prechecks

import (
	_ "bytes"
	_ "context"
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/cloudflare/backoff"
	_ "github.com/cloudflare/cloudflared/connection"
	_ "github.com/cloudflare/cloudflared/connection/dialopts"
	_ "github.com/cloudflare/cloudflared/crypto"
	_ "github.com/cloudflare/cloudflared/edgediscovery"
	_ "github.com/cloudflare/cloudflared/edgediscovery/allregions"
	_ "github.com/cloudflare/cloudflared/features"
	_ "github.com/cloudflare/cloudflared/quic"
	_ "github.com/cloudflare/cloudflared/tlsconfig"
	_ "github.com/google/uuid"
	_ "github.com/quic-go/quic-go"
	_ "github.com/rs/zerolog"
	_ "math"
	_ "net"
	_ "net/netip"
	_ "slices"
	_ "strings"
	_ "text/tabwriter"
	_ "time"
)
