// Import list of package commit in service/commit of drone/drone (the import blocks of its non-test files; no code kept)
package commit

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
)
