// Import list of package acl in handler/api/acl of drone/drone (the import blocks of its non-test files; no code kept)
package acl

import (
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/errors"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/handler/api/request"
	_ "github.com/drone/drone/logger"
	_ "github.com/go-chi/chi"
	_ "github.com/sirupsen/logrus"
	_ "net/http"
	_ "time"
)
