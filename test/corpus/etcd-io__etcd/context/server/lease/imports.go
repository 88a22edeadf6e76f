// Import list of package lease in server/lease of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package lease

import (
	_ "container/heap"
	_ "context"
	_ "errors"
	_ "github.com/Masterminds/semver/v3"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/api/v3/version"
	_ "go.etcd.io/etcd/server/v3/lease/leasepb"
	_ "go.etcd.io/etcd/server/v3/storage/backend"
	_ "go.etcd.io/etcd/server/v3/storage/schema"
	_ "go.uber.org/zap"
	_ "math"
	_ "sort"
	_ "sync"
	_ "time"
)
