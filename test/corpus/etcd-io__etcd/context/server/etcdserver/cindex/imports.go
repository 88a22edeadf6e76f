// Import list of package cindex in server/etcdserver/cindex of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package cindex

import (
	_ "go.etcd.io/etcd/server/v3/storage/backend"
	_ "go.etcd.io/etcd/server/v3/storage/schema"
	_ "sync"
	_ "sync/atomic"
)
