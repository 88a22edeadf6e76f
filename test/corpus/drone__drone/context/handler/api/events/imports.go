// Import list of package events in handler/api/events of drone/drone (the import blocks of its non-test files; no code kept)
package events

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/handler/api/request"
	_ "github.com/drone/drone/logger"
	_ "github.com/go-chi/chi"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "net/http"
	_ "strconv"
	_ "time"
)
