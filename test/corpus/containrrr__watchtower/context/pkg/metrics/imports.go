// Import list of package metrics in pkg/metrics of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
)
