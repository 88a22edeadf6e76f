// Import list of package batch2 in store/batch2 of drone/drone (the import blocks of its non-test files; no code kept)
package batch2

import (
	_ "context"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/repos"
	_ "github.com/drone/drone/store/shared/db"
	_ "time"
)
