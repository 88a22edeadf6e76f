// Import list of package httptypes in server/etcdserver/api/etcdhttp/types of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package httptypes

import (
	_ "encoding/json"
	_ "fmt"
	_ "net/http"
)
