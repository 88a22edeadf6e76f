// Import list of package metrics in tunnelrpc/metrics of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "github.com/prometheus/client_golang/prometheus"
)
