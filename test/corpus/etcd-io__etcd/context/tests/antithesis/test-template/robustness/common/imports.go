// Import list of package common in tests/antithesis/test-template/robustness/common of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package common

import (
	_ "fmt"
	_ "os"
	_ "strings"
)
