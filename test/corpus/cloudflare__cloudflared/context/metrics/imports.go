// Import list of package metrics in metrics of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/diagnostic"
	_ "github.com/cloudflare/cloudflared/tunnelstate"
	_ "github.com/facebookgo/grace/gracenet"
	_ "github.com/google/uuid"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/rs/zerolog"
	_ "golang.org/x/net/trace"
	_ "net"
	_ "net/http"
	_ "net/http/pprof"
	_ "runtime"
	_ "sync"
	_ "time"
)
