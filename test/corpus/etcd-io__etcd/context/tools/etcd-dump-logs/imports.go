// Import list of package main in tools/etcd-dump-logs of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bufio"
	_ "encoding/hex"
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/client/pkg/v3/fileutil"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/pkg/v3/pbutil"
	_ "go.etcd.io/etcd/server/v3/storage/wal"
	_ "go.etcd.io/etcd/server/v3/storage/wal/walpb"
	_ "go.etcd.io/raft/v3/raftpb"
	_ "go.uber.org/zap"
	_ "google.golang.org/protobuf/proto"
	_ "io"
	_ "log"
	_ "math"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "strings"
)
