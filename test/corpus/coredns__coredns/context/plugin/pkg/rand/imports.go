// Import list of package rand in plugin/pkg/rand of coredns/coredns (the import blocks of its non-test files; no code kept)
package rand

import (
	_ "math/rand"
	_ "sync"
)
