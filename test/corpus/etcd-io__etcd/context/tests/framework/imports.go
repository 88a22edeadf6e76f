// Import list of package framework in tests/framework of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package framework

import (
	_ "go.etcd.io/etcd/tests/v3/framework/e2e"
	_ "go.etcd.io/etcd/tests/v3/framework/integration"
	_ "go.etcd.io/etcd/tests/v3/framework/interfaces"
	_ "go.etcd.io/etcd/tests/v3/framework/unit"
)
