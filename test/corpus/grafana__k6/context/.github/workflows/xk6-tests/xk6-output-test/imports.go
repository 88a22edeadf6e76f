// Import list of package outputtest in .github/workflows/xk6-tests/xk6-output-test of grafana/k6 (the import blocks of its non-test files; no code kept)
package outputtest

import (
	_ "go.k6.io/k6/v2/metrics"
	_ "go.k6.io/k6/v2/output"
	_ "io"
	_ "strconv"
)
