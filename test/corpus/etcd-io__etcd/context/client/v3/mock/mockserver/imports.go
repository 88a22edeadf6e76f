// Import list of package mockserver in client/v3/mock/mockserver of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package mockserver

import (
	_ "context"
	_ "fmt"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "google.golang.org/grpc"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/resolver"
	_ "google.golang.org/grpc/status"
	_ "net"
	_ "os"
	_ "sync"
)
