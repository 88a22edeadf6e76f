// Import list of package leasehttp in server/lease/leasehttp of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package leasehttp

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/pkg/v3/httputil"
	_ "go.etcd.io/etcd/server/v3/lease"
	_ "go.etcd.io/etcd/server/v3/lease/leasepb"
	_ "google.golang.org/protobuf/proto"
	_ "io"
	_ "net/http"
	_ "time"
)
