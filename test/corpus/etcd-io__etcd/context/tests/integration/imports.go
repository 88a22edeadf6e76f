// Import list of package integration in tests/integration of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package integration

import (
	_ "go.etcd.io/etcd/client/pkg/v3/testutil"
	_ "go.etcd.io/etcd/client/pkg/v3/transport"
	_ "go.etcd.io/etcd/tests/v3/framework/integration"
	_ "log"
	_ "net/http"
	_ "sync"
	_ "time"
)
