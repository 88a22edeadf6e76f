// Import list of package metrics in pkg/api/metrics of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "github.com/containrrr/watchtower/pkg/metrics"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "net/http"
)
