// Import list of package storage in app/storage of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package storage

import (
	_ "bufio"
	_ "context"
	_ "crypto/sha256"
	_ "database/sql"
	_ "encoding/csv"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	_ "github.com/umputun/tg-spam/app/storage/engine"
	_ "github.com/umputun/tg-spam/lib/approved"
	_ "github.com/umputun/tg-spam/lib/spamcheck"
	_ "io"
	_ "iter"
	_ "log"
	_ "modernc.org/sqlite"
	_ "modernc.org/sqlite/lib"
	_ "strconv"
	_ "strings"
	_ "time"
)
