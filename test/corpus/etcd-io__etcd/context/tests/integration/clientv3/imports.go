// Import list of package clientv3test in tests/integration/clientv3 of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package clientv3test

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/tests/v3/framework/integration"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/status"
	_ "strings"
	_ "testing"
	_ "time"
)
