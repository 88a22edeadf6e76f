// Import list of package read in server/etcdserver/read of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package read

import (
	_ "context"
	_ "encoding/binary"
	_ "errors"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "go.etcd.io/etcd/pkg/v3/traceutil"
	_ "go.etcd.io/etcd/server/v3/etcdserver/errors"
	_ "go.etcd.io/raft/v3"
	_ "go.uber.org/zap"
	_ "strconv"
	_ "sync"
	_ "time"
)
