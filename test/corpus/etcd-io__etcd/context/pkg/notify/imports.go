// Import list of package notify in pkg/notify of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package notify

import (
	_ "sync"
)
