// Import list of package stringutil in pkg/stringutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package stringutil

import (
	_ "math/rand"
)
