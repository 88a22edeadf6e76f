// Import list of package contention in pkg/contention of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package contention

import (
	_ "sync"
	_ "time"
)
