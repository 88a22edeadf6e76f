// Import list of package middleware in pkg/middleware of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package middleware

import (
	_ "context"
	_ "fmt"
	_ "github.com/ncarlier/webhookd/pkg/auth"
	_ "github.com/ncarlier/webhookd/pkg/logger"
	_ "github.com/ncarlier/webhookd/pkg/middleware/signature"
	_ "github.com/ncarlier/webhookd/pkg/truststore"
	_ "log/slog"
	_ "net"
	_ "net/http"
	_ "strings"
	_ "time"
)
