// Import list of package schema in server/storage/schema of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package schema

import (
	_ "bytes"
	_ "encoding/binary"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/Masterminds/semver/v3"
	_ "go.etcd.io/bbolt"
	_ "go.etcd.io/etcd/api/v3/authpb"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/api/v3/version"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/client/pkg/v3/verify"
	_ "go.etcd.io/etcd/server/v3/auth"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/membership"
	_ "go.etcd.io/etcd/server/v3/etcdserver/version"
	_ "go.etcd.io/etcd/server/v3/lease/leasepb"
	_ "go.etcd.io/etcd/server/v3/storage/backend"
	_ "go.etcd.io/etcd/server/v3/storage/wal"
	_ "go.etcd.io/raft/v3/raftpb"
	_ "go.uber.org/zap"
	_ "google.golang.org/protobuf/proto"
	_ "log"
)
