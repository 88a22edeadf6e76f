// Import list of package txn in server/etcdserver/txn of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package txn

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "go.etcd.io/etcd/pkg/v3/traceutil"
	_ "go.etcd.io/etcd/server/v3/etcdserver/errors"
	_ "go.etcd.io/etcd/server/v3/lease"
	_ "go.etcd.io/etcd/server/v3/storage/mvcc"
	_ "go.uber.org/zap"
	_ "google.golang.org/protobuf/proto"
	_ "math"
	_ "reflect"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
