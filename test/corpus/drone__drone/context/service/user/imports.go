// Import list of package user in service/user of drone/drone (the import blocks of its non-test files; no code kept)
package user

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
)
