// Import list of package options in tests/robustness/options of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package options

import (
	_ "go.etcd.io/etcd/tests/v3/framework/e2e"
	_ "math/rand"
	_ "time"
)
