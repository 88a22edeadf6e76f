// Import list of package http in pkg/notification/http of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package http

import (
	_ "bytes"
	_ "encoding/json"
	_ "github.com/ncarlier/webhookd/pkg/helper"
	_ "github.com/ncarlier/webhookd/pkg/notification"
	_ "log/slog"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
)
