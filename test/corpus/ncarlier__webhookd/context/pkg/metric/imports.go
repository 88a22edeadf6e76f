// Import list of package metric in pkg/metric of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package metric

import (
	_ "expvar"
	_ "runtime"
	_ "time"
)
