// Import list of package config in server/config of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package config

import (
	_ "context"
	_ "fmt"
	_ "go.etcd.io/bbolt"
	_ "go.etcd.io/etcd/client/pkg/v3/transport"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/pkg/v3/featuregate"
	_ "go.etcd.io/etcd/pkg/v3/netutil"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v3discovery"
	_ "go.etcd.io/etcd/server/v3/storage/datadir"
	_ "go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	_ "go.uber.org/zap"
	_ "path/filepath"
	_ "sort"
	_ "strings"
	_ "time"
)
