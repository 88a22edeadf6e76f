// Import list of package mockstore in server/mock/mockstore of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package mockstore

import (
	_ "go.etcd.io/etcd/client/pkg/v3/testutil"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v2store"
	_ "time"
)
