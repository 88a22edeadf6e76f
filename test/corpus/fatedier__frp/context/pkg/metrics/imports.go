// Import list of package metrics in pkg/metrics of fatedier/frp (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "github.com/fatedier/frp/pkg/metrics/aggregate"
)
