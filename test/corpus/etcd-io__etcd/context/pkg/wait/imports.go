// Import list of package wait in pkg/wait of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package wait

import (
	_ "log"
	_ "sync"
)
