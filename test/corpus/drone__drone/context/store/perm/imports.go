// Import list of package perm in store/perm of drone/drone (the import blocks of its non-test files; no code kept)
package perm

import (
	_ "context"
	_ "database/sql"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/shared/db"
)
