// Import list of package v3lock in server/etcdserver/api/v3lock of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package v3lock

import (
	_ "context"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/client/v3/concurrency"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v3lock/v3lockpb"
)
