// Import list of package prometheus in pkg/metrics/prometheus of fatedier/frp (the import blocks of its non-test files; no code kept)
package prometheus

import (
	_ "github.com/fatedier/frp/server/metrics"
	_ "github.com/prometheus/client_golang/prometheus"
)
