// Import list of package v2stats in server/etcdserver/api/v2stats of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package v2stats

import (
	_ "encoding/json"
	_ "go.etcd.io/raft/v3"
	_ "go.uber.org/zap"
	_ "log"
	_ "math"
	_ "sync"
	_ "time"
)
