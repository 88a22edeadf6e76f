// Import list of package db in store/shared/db of drone/drone (the import blocks of its non-test files; no code kept)
package db

import (
	_ "database/sql"
	_ "errors"
	_ "github.com/drone/drone/store/shared/migrate/mysql"
	_ "github.com/drone/drone/store/shared/migrate/postgres"
	_ "github.com/drone/drone/store/shared/migrate/sqlite"
	_ "github.com/jmoiron/sqlx"
	_ "runtime/debug"
	_ "sync"
	_ "time"
)
