// Import list of package leasing in client/v3/leasing of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package leasing

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/client/v3/concurrency"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/status"
	_ "strings"
	_ "sync"
	_ "time"
)
