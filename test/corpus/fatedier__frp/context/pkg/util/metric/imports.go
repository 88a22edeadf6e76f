// Import list of package metric in pkg/util/metric of fatedier/frp (the import blocks of its non-test files; no code kept)
package metric

import (
	_ "k8s.io/utils/clock"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
