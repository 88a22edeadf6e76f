// Import list of package orchestration in orchestration of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package orchestration

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/cmd/cloudflared/flags"
	_ "github.com/cloudflare/cloudflared/config"
	_ "github.com/cloudflare/cloudflared/connection"
	_ "github.com/cloudflare/cloudflared/flow"
	_ "github.com/cloudflare/cloudflared/ingress"
	_ "github.com/cloudflare/cloudflared/proxy"
	_ "github.com/cloudflare/cloudflared/tunnelrpc/pogs"
	_ "github.com/pkg/errors"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/rs/zerolog"
	_ "strconv"
	_ "sync"
	_ "sync/atomic"
)
