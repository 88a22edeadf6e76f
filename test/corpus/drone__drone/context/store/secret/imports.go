// Import list of package secret in store/secret of drone/drone (the import blocks of its non-test files; no code kept)
package secret

import (
	_ "context"
	_ "database/sql"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/shared/db"
	_ "github.com/drone/drone/store/shared/encrypt"
)
