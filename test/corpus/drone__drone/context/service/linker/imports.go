// Import list of package linker in service/linker of drone/drone (the import blocks of its non-test files; no code kept)
package linker

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
)
