// Import list of package v2error in server/etcdserver/api/v2error of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package v2error

import (
	_ "encoding/json"
	_ "fmt"
	_ "net/http"
)
