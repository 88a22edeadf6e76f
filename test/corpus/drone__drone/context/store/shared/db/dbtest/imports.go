// Import list of package dbtest in store/shared/db/dbtest of drone/drone (the import blocks of its non-test files; no code kept)
package dbtest

import (
	_ "github.com/drone/drone/store/shared/db"
	_ "github.com/go-sql-driver/mysql"
	_ "github.com/lib/pq"
	_ "github.com/mattn/go-sqlite3"
	_ "os"
	_ "strconv"
)
