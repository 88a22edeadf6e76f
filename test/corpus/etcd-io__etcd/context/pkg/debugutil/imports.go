// Import list of package debugutil in pkg/debugutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package debugutil

import (
	_ "net/http"
	_ "net/http/pprof"
	_ "runtime"
)
