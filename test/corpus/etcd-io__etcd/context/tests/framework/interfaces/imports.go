// Import list of package interfaces in tests/framework/interfaces of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package interfaces

import (
	_ "context"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/tests/v3/framework/config"
	_ "testing"
)
