// Import list of package v3compactor in server/etcdserver/api/v3compactor of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package v3compactor

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/jonboulle/clockwork"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/server/v3/storage/mvcc"
	_ "go.uber.org/zap"
	_ "sync"
	_ "time"
)
