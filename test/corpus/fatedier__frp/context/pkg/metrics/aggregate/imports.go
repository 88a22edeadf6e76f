// Import list of package aggregate in pkg/metrics/aggregate of fatedier/frp (the import blocks of its non-test files; no code kept)
package aggregate

import (
	_ "github.com/fatedier/frp/pkg/metrics/mem"
	_ "github.com/fatedier/frp/pkg/metrics/prometheus"
	_ "github.com/fatedier/frp/server/metrics"
)
