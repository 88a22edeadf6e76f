// Import list of package membership in server/etcdserver/api/membership of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package membership

import (
	_ "context"
	_ "crypto/sha1"
	_ "encoding/binary"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/Masterminds/semver/v3"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "go.etcd.io/etcd/api/v3/version"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/pkg/v3/netutil"
	_ "go.etcd.io/etcd/pkg/v3/notify"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v2error"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v2store"
	_ "go.etcd.io/etcd/server/v3/etcdserver/version"
	_ "go.etcd.io/raft/v3"
	_ "go.etcd.io/raft/v3/raftpb"
	_ "go.uber.org/zap"
	_ "path"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "time"
)
