// Import list of package storage in server/storage of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package storage

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/Masterminds/semver/v3"
	_ "github.com/dustin/go-humanize"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/pkg/v3/pbutil"
	_ "go.etcd.io/etcd/server/v3/config"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/membership"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/snap"
	_ "go.etcd.io/etcd/server/v3/etcdserver/cindex"
	_ "go.etcd.io/etcd/server/v3/storage/backend"
	_ "go.etcd.io/etcd/server/v3/storage/schema"
	_ "go.etcd.io/etcd/server/v3/storage/wal"
	_ "go.etcd.io/etcd/server/v3/storage/wal/walpb"
	_ "go.etcd.io/raft/v3/raftpb"
	_ "go.uber.org/zap"
	_ "google.golang.org/protobuf/proto"
	_ "os"
	_ "sort"
	_ "sync"
	_ "time"
)
