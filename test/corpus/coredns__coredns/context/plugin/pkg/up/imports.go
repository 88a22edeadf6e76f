// Import list of package up in plugin/pkg/up of coredns/coredns (the import blocks of its non-test files; no code kept)
package up

import (
	_ "sync"
	_ "time"
)
