// Import list of package engine in app/storage/engine of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package engine

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	_ "io"
	_ "log"
	_ "modernc.org/sqlite"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
