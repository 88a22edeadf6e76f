// Import list of package metrics in server/metrics of fatedier/frp (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "sync"
)
