// Import list of package memory in internal/session/memory of authelia/authelia (the import blocks of its non-test files; no code kept)
package memory

import (
	_ "github.com/savsgio/gotils/strconv"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
