// Import list of package sqlcon in oryx/sqlcon of ory/hydra (the import blocks of its non-test files; no code kept)
package sqlcon

import (
	_ "database/sql"
	_ "errors"
	_ "fmt"
	_ "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/pgconn"
	_ "github.com/ory/herodot"
	_ "github.com/ory/x/logrusx"
	_ "github.com/pkg/errors"
	_ "google.golang.org/grpc/codes"
	_ "modernc.org/sqlite"
	_ "modernc.org/sqlite/lib"
	_ "net/http"
	_ "net/url"
	_ "runtime"
	_ "strconv"
	_ "strings"
	_ "time"
)
