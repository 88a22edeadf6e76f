// Import list of package osutil in pkg/osutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package osutil

import (
	_ "go.etcd.io/etcd/client/pkg/v3/verify"
	_ "go.uber.org/zap"
	_ "os"
	_ "os/signal"
	_ "sync"
	_ "syscall"
	_ "unsafe"
)
