// Import list of package grpctesting in pkg/grpctesting of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package grpctesting

import (
	_ "context"
	_ "fmt"
	_ "google.golang.org/grpc"
	_ "google.golang.org/grpc/interop/grpc_testing"
	_ "google.golang.org/grpc/metadata"
	_ "net"
	_ "strconv"
	_ "sync"
	_ "sync/atomic"
)
