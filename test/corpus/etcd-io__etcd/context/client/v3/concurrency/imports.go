// Import list of package concurrency in client/v3/concurrency of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package concurrency

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.uber.org/zap"
	_ "math"
	_ "strings"
	_ "sync"
	_ "time"
)
