// Import list of package metrics in internal/metrics of authelia/authelia (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "github.com/authelia/authelia/v4/internal/regulation"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/collectors"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "strconv"
	_ "time"
)
