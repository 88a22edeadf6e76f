// Import list of package queue in scheduler/queue of drone/drone (the import blocks of its non-test files; no code kept)
package queue

import (
	_ "context"
	_ "errors"
	_ "github.com/drone/drone-go/drone"
	_ "github.com/drone/drone/core"
	_ "sync"
	_ "time"
)
