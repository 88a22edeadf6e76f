// Import list of package main in tools/etcd-dump-db of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "encoding/binary"
	_ "fmt"
	_ "github.com/spf13/cobra"
	_ "go.etcd.io/bbolt"
	_ "go.etcd.io/etcd/api/v3/authpb"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "go.etcd.io/etcd/client/pkg/v3/fileutil"
	_ "go.etcd.io/etcd/server/v3/lease/leasepb"
	_ "go.etcd.io/etcd/server/v3/storage/backend"
	_ "go.etcd.io/etcd/server/v3/storage/mvcc"
	_ "go.etcd.io/etcd/server/v3/storage/schema"
	_ "go.uber.org/zap"
	_ "google.golang.org/protobuf/proto"
	_ "io"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "time"
	_ "unsafe"
)
