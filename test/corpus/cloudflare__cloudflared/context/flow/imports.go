// Import list of package flow in flow of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package flow

import (
	_ "errors"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "sync"
)
