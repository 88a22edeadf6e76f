// Import list of package testing in server/storage/wal/testing of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package testing

import (
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/pkg/v3/pbutil"
	_ "go.etcd.io/etcd/server/v3/storage/wal"
	_ "go.etcd.io/etcd/server/v3/storage/wal/walpb"
	_ "go.etcd.io/raft/v3/raftpb"
	_ "go.uber.org/zap/zaptest"
	_ "os"
	_ "path/filepath"
	_ "testing"
)
