// Import list of package mockstorage in server/mock/mockstorage of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package mockstorage

import (
	_ "github.com/Masterminds/semver/v3"
	_ "go.etcd.io/etcd/client/pkg/v3/testutil"
	_ "go.etcd.io/raft/v3"
	_ "go.etcd.io/raft/v3/raftpb"
)
