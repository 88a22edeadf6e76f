// Import list of package crons in handler/api/repos/crons of drone/drone (the import blocks of its non-test files; no code kept)
package crons

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/go-chi/chi"
	_ "github.com/sirupsen/logrus"
	_ "net/http"
)
