// Import list of package template in store/template of drone/drone (the import blocks of its non-test files; no code kept)
package template

import (
	_ "context"
	_ "database/sql"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/shared/db"
)
