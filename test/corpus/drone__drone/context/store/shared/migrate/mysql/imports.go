// Import list of package mysql in store/shared/migrate/mysql of drone/drone (the import blocks of its non-test files; no code kept)
package mysql

import (
	_ "database/sql"
)
