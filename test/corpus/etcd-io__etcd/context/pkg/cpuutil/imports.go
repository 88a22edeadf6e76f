// Import list of package cpuutil in pkg/cpuutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package cpuutil

import (
	_ "encoding/binary"
	_ "golang.org/x/sys/cpu"
)
