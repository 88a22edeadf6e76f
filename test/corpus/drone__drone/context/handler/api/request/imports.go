// Import list of package request in handler/api/request of drone/drone (the import blocks of its non-test files; no code kept)
package request

import (
	_ "context"
	_ "github.com/drone/drone/core"
)
