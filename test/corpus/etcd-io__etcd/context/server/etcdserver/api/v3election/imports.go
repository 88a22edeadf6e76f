// Import list of package v3election in server/etcdserver/api/v3election of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package v3election

import (
	_ "context"
	_ "errors"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/client/v3/concurrency"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v3election/v3electionpb"
)
