// Import list of package v3alarm in server/etcdserver/api/v3alarm of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package v3alarm

import (
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/server/v3/storage/backend"
	_ "go.etcd.io/etcd/server/v3/storage/schema"
	_ "go.uber.org/zap"
	_ "sync"
)
