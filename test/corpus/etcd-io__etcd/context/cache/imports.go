// Import list of package cache in cache of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package cache

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	_ "go.etcd.io/etcd/client/v3"
	_ "k8s.io/utils/third_party/forked/golang/btree"
	_ "sync"
	_ "time"
)
