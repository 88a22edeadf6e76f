// Import list of package runtime in pkg/runtime of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package runtime

import (
	_ "fmt"
	_ "os"
	_ "runtime"
	_ "syscall"
)
