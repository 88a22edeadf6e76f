// Import list of package user in store/user of drone/drone (the import blocks of its non-test files; no code kept)
package user

import (
	_ "context"
	_ "database/sql"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/shared/db"
	_ "github.com/drone/drone/store/shared/encrypt"
)
