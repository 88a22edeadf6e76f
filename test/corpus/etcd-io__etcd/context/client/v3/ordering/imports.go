// Import list of package ordering in client/v3/ordering of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package ordering

import (
	_ "context"
	_ "errors"
	_ "go.etcd.io/etcd/client/v3"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/status"
	_ "sync"
	_ "sync/atomic"
)
