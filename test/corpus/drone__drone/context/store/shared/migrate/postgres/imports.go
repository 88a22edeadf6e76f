// Import list of package postgres in store/shared/migrate/postgres of drone/drone (the import blocks of its non-test files; no code kept)
package postgres

import (
	_ "database/sql"
)
