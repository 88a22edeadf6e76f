// Import list of package livelog in livelog of drone/drone (the import blocks of its non-test files; no code kept)
package livelog

import (
	_ "context"
	_ "errors"
	_ "github.com/drone/drone/core"
	_ "sync"
)
