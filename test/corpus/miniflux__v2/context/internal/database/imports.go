// Import list of package database in internal/database of miniflux/v2 (the import blocks of its non-test files; no code kept)
package database

import (
	_ "database/sql"
	_ "errors"
	_ "fmt"
	_ "github.com/lib/pq"
	_ "log/slog"
	_ "miniflux.app/v2/internal/crypto"
	_ "time"
)
