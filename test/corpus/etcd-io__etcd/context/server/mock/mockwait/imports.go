// Import list of package mockwait in server/mock/mockwait of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package mockwait

import (
	_ "go.etcd.io/etcd/client/pkg/v3/testutil"
	_ "go.etcd.io/etcd/pkg/v3/wait"
)
