// Import list of package database in internal/database of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package database

import (
	_ "context"
	_ "database/sql"
	_ "embed"
	_ "fmt"
	_ "github.com/blang/semver"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "github.com/go-sql-driver/mysql"
	_ "github.com/huandu/go-sqlbuilder"
	_ "github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	_ "github.com/pkg/errors"
	_ "log"
	_ "modernc.org/sqlite"
	_ "net/url"
	_ "path"
	_ "runtime"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
