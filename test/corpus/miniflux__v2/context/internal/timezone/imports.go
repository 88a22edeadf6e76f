// Import list of package timezone in internal/timezone of miniflux/v2 (the import blocks of its non-test files; no code kept)
package timezone

import (
	_ "iter"
	_ "slices"
	_ "sync"
	_ "time"
)
