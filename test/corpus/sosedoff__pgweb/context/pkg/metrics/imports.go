// Import list of package metrics in pkg/metrics of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/sirupsen/logrus"
	_ "net/http"
	_ "time"
)
