// Import list of package metrics in metrics of distribution/distribution (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "github.com/docker/go-metrics"
)
