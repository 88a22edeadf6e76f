// Import list of package namespace in client/v3/namespace of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package namespace

import (
	_ "bytes"
	_ "context"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	_ "go.etcd.io/etcd/client/v3"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/status"
	_ "sync"
)
