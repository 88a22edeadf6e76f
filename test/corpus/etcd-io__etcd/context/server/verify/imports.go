// Import list of package verify in server/verify of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package verify

import (
	_ "fmt"
	_ "go.etcd.io/etcd/client/pkg/v3/fileutil"
	_ "go.etcd.io/etcd/client/pkg/v3/verify"
	_ "go.etcd.io/etcd/server/v3/storage/backend"
	_ "go.etcd.io/etcd/server/v3/storage/datadir"
	_ "go.etcd.io/etcd/server/v3/storage/schema"
	_ "go.etcd.io/etcd/server/v3/storage/wal"
	_ "go.etcd.io/etcd/server/v3/storage/wal/walpb"
	_ "go.etcd.io/raft/v3/raftpb"
	_ "go.uber.org/zap"
)
