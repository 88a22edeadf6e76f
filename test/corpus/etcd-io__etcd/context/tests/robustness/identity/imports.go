// Import list of package identity in tests/robustness/identity of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package identity

import (
	_ "sync"
	_ "sync/atomic"
)
