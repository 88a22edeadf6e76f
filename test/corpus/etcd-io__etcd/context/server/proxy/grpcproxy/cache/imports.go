// Import list of package cache in server/proxy/grpcproxy/cache of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package cache

import (
	_ "errors"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	_ "go.etcd.io/etcd/pkg/v3/adt"
	_ "google.golang.org/protobuf/proto"
	_ "k8s.io/utils/lru"
	_ "sync"
)
