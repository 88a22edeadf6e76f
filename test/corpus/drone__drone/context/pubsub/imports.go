// Import list of package pubsub in pubsub of drone/drone (the import blocks of its non-test files; no code kept)
package pubsub

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "sync"
)
