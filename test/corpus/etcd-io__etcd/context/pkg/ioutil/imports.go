// Import list of package ioutil in pkg/ioutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package ioutil

import (
	_ "fmt"
	_ "go.etcd.io/etcd/client/pkg/v3/fileutil"
	_ "go.etcd.io/etcd/client/pkg/v3/verify"
	_ "io"
	_ "os"
)
