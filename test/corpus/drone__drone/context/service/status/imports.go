// Import list of package status in service/status of drone/drone (the import blocks of its non-test files; no code kept)
package status

import (
	_ "context"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
	_ "github.com/drone/go-scm/scm/driver/github"
)
