// Import list of package random in tests/robustness/random of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package random

import (
	_ "math/rand"
	_ "strings"
)
