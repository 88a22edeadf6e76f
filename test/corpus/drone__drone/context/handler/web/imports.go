// Import list of package web in handler/web of drone/drone (the import blocks of its non-test files; no code kept)
package web

import (
	_ "bytes"
	_ "context"
	_ "crypto/md5"
	_ "database/sql"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/dchest/uniuri"
	_ "github.com/drone/drone-ui/dist"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/web/link"
	_ "github.com/drone/drone/logger"
	_ "github.com/drone/drone/version"
	_ "github.com/drone/go-login/login"
	_ "github.com/drone/go-scm/scm"
	_ "github.com/go-chi/chi"
	_ "github.com/go-chi/chi/middleware"
	_ "github.com/sirupsen/logrus"
	_ "github.com/unrolled/secure"
	_ "net/http"
	_ "net/http/httputil"
	_ "os"
	_ "strconv"
	_ "time"
)
