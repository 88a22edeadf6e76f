// Import list of package idutil in pkg/idutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package idutil

import (
	_ "math"
	_ "sync/atomic"
	_ "time"
)
