// Import list of package batch in store/batch of drone/drone (the import blocks of its non-test files; no code kept)
package batch

import (
	_ "context"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/repos"
	_ "github.com/drone/drone/store/shared/db"
	_ "time"
)
