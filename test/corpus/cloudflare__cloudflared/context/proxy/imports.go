// Import list of package proxy in proxy of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package proxy

import (
	_ "context"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/carrier"
	_ "github.com/cloudflare/cloudflared/cfio"
	_ "github.com/cloudflare/cloudflared/connection"
	_ "github.com/cloudflare/cloudflared/flow"
	_ "github.com/cloudflare/cloudflared/ingress"
	_ "github.com/cloudflare/cloudflared/management"
	_ "github.com/cloudflare/cloudflared/stream"
	_ "github.com/cloudflare/cloudflared/tracing"
	_ "github.com/cloudflare/cloudflared/tunnelrpc/pogs"
	_ "github.com/pkg/errors"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/rs/zerolog"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/trace"
	_ "io"
	_ "net/http"
	_ "net/netip"
	_ "strconv"
	_ "time"
)
