// Import list of package build in store/build of drone/drone (the import blocks of its non-test files; no code kept)
package build

import (
	_ "context"
	_ "database/sql"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/shared/db"
	_ "github.com/jmoiron/sqlx/types"
	_ "regexp"
	_ "time"
)
