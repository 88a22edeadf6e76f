// Import list of package cron in store/cron of drone/drone (the import blocks of its non-test files; no code kept)
package cron

import (
	_ "context"
	_ "database/sql"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/shared/db"
)
