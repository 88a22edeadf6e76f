// Import list of package server in pkg/server of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package server

import (
	_ "context"
	_ "github.com/ncarlier/webhookd/pkg/api"
	_ "github.com/ncarlier/webhookd/pkg/config"
	_ "golang.org/x/crypto/acme/autocert"
	_ "log/slog"
	_ "net/http"
	_ "os"
	_ "os/user"
	_ "path/filepath"
)
