// Import list of package util in etcdctl/util of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package util

import (
	_ "strings"
)
