// Import list of package main in etcdctl of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "go.etcd.io/etcd/etcdctl/v3/ctlv3"
)
