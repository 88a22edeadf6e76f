// Import list of package pushover in internal/notif/pushover of crazy-max/diun (the import blocks of its non-test files; no code kept)
package pushover

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/crazy-max/diun/v4/internal/httputil"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/msg"
	_ "github.com/crazy-max/diun/v4/internal/notif/notifier"
	_ "github.com/crazy-max/diun/v4/internal/secret"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog/log"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "time"
)
