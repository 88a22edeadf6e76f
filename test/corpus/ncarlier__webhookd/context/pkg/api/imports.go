// Import list of package api in pkg/api of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package api

import (
	_ "bytes"
	_ "container/ring"
	_ "encoding/json"
	_ "expvar"
	_ "fmt"
	_ "github.com/ncarlier/webhookd/pkg/auth"
	_ "github.com/ncarlier/webhookd/pkg/config"
	_ "github.com/ncarlier/webhookd/pkg/helper"
	_ "github.com/ncarlier/webhookd/pkg/hook"
	_ "github.com/ncarlier/webhookd/pkg/middleware"
	_ "github.com/ncarlier/webhookd/pkg/truststore"
	_ "github.com/ncarlier/webhookd/pkg/version"
	_ "github.com/ncarlier/webhookd/pkg/worker"
	_ "io"
	_ "log/slog"
	_ "mime"
	_ "net/http"
	_ "net/url"
	_ "path"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "sync/atomic"
	_ "time"
)
