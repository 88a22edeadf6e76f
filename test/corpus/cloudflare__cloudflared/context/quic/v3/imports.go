// Import list of package v3 in quic/v3 of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package v3

import (
	_ "context"
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/flow"
	_ "github.com/cloudflare/cloudflared/ingress"
	_ "github.com/cloudflare/cloudflared/management"
	_ "github.com/cloudflare/cloudflared/packet"
	_ "github.com/cloudflare/cloudflared/quic"
	_ "github.com/cloudflare/cloudflared/tracing"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/rs/zerolog"
	_ "go.opentelemetry.io/otel/trace"
	_ "io"
	_ "net"
	_ "net/netip"
	_ "os"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
