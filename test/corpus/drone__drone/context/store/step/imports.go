// Import list of package step in store/step of drone/drone (the import blocks of its non-test files; no code kept)
package step

import (
	_ "context"
	_ "database/sql"
	_ "encoding/json"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/shared/db"
	_ "github.com/jmoiron/sqlx/types"
)
