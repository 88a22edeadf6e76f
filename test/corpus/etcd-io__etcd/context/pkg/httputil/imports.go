// Import list of package httputil in pkg/httputil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package httputil

import (
	_ "io"
	_ "net"
	_ "net/http"
)
