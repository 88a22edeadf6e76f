// Import list of package errors in server/etcdserver/errors of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package errors

import (
	_ "errors"
	_ "fmt"
)
