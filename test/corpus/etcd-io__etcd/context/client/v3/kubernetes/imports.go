// Import list of package kubernetes in client/v3/kubernetes of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package kubernetes

import (
	_ "context"
	_ "fmt"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "go.etcd.io/etcd/client/v3"
)
