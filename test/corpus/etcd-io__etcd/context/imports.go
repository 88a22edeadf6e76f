// Import list of package main_test in . of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main_test

import (
	_ "go.etcd.io/etcd/etcdctl/v3/ctlv3/command"
	_ "go.etcd.io/etcd/etcdutl/v3/etcdutl"
	_ "go.etcd.io/etcd/tests/v3/integration"
)
