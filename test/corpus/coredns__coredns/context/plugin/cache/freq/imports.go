// Import list of package freq in plugin/cache/freq of coredns/coredns (the import blocks of its non-test files; no code kept)
package freq

import (
	_ "sync"
	_ "time"
)
