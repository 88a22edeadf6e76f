// Import list of package mem in pkg/metrics/mem of fatedier/frp (the import blocks of its non-test files; no code kept)
package mem

import (
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "github.com/fatedier/frp/pkg/util/metric"
	_ "github.com/fatedier/frp/server/metrics"
	_ "k8s.io/utils/clock"
	_ "sync"
	_ "time"
)
