// Import list of package repo in service/repo of drone/drone (the import blocks of its non-test files; no code kept)
package repo

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
)
