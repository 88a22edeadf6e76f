// Import list of package main in server of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "go.etcd.io/etcd/server/v3/etcdmain"
	_ "os"
)
