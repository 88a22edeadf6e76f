// Import list of package snap in server/etcdserver/api/snap of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package snap

import (
	_ "errors"
	_ "fmt"
	_ "github.com/dustin/go-humanize"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "go.etcd.io/etcd/client/pkg/v3/fileutil"
	_ "go.etcd.io/etcd/client/pkg/v3/verify"
	_ "go.etcd.io/etcd/pkg/v3/ioutil"
	_ "go.etcd.io/etcd/pkg/v3/pbutil"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/snap/snappb"
	_ "go.etcd.io/etcd/server/v3/storage/wal/walpb"
	_ "go.etcd.io/raft/v3"
	_ "go.etcd.io/raft/v3/raftpb"
	_ "go.uber.org/zap"
	_ "google.golang.org/protobuf/proto"
	_ "hash/crc32"
	_ "io"
	_ "os"
	_ "path/filepath"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
