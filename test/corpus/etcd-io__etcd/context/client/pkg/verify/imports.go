// Import list of package verify in client/pkg/verify of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package verify

import (
	_ "fmt"
	_ "os"
	_ "strings"
)
