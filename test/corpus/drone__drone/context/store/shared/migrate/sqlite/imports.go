// Import list of package sqlite in store/shared/migrate/sqlite of drone/drone (the import blocks of its non-test files; no code kept)
package sqlite

import (
	_ "database/sql"
)
