// Import list of package global in store/secret/global of drone/drone (the import blocks of its non-test files; no code kept)
package global

import (
	_ "context"
	_ "database/sql"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/shared/db"
	_ "github.com/drone/drone/store/shared/encrypt"
)
