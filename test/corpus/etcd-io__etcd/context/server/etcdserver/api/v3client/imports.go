// Import list of package v3client in server/etcdserver/api/v3client of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package v3client

import (
	_ "context"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/server/v3/etcdserver"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v3rpc"
	_ "go.etcd.io/etcd/server/v3/proxy/grpcproxy/adapter"
	_ "time"
)
