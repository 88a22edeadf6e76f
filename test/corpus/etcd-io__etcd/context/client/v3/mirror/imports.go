// Import list of package mirror in client/v3/mirror of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package mirror

import (
	_ "context"
	_ "go.etcd.io/etcd/client/v3"
)
