// Import list of package clientv3util in client/v3/clientv3util of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package clientv3util

import (
	_ "go.etcd.io/etcd/client/v3"
)
