// Import list of package backend in server/storage/backend of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package backend

import (
	_ "bytes"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "github.com/dustin/go-humanize"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "go.etcd.io/bbolt"
	_ "go.etcd.io/bbolt/errors"
	_ "go.etcd.io/etcd/client/pkg/v3/verify"
	_ "go.uber.org/zap"
	_ "hash/crc32"
	_ "io"
	_ "math"
	_ "os"
	_ "path/filepath"
	_ "runtime/debug"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "syscall"
	_ "time"
)
