// Import list of package rpc2 in operator/manager/rpc2 of drone/drone (the import blocks of its non-test files; no code kept)
package rpc2

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/operator/manager"
	_ "github.com/drone/drone/store/shared/db"
	_ "github.com/go-chi/chi"
	_ "github.com/go-chi/chi/middleware"
	_ "io"
	_ "net/http"
	_ "strconv"
	_ "time"
)
