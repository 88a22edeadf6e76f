// Import list of package netutil in pkg/netutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package netutil

import (
	_ "bytes"
	_ "context"
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/pkg/v3/cpuutil"
	_ "go.uber.org/zap"
	_ "net"
	_ "net/url"
	_ "runtime"
	_ "slices"
	_ "sort"
	_ "strings"
	_ "syscall"
	_ "time"
)
