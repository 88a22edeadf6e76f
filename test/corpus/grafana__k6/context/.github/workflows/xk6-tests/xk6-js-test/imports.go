// Import list of package jstest in .github/workflows/xk6-tests/xk6-js-test of grafana/k6 (the import blocks of its non-test files; no code kept)
package jstest

import (
	_ "fmt"
	_ "go.k6.io/k6/v2/js/modules"
	_ "go.k6.io/k6/v2/metrics"
	_ "time"
)
