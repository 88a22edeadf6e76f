// Import list of package registry in server/registry of fatedier/frp (the import blocks of its non-test files; no code kept)
package registry

import (
	_ "fmt"
	_ "k8s.io/utils/clock"
	_ "sync"
	_ "time"
)
