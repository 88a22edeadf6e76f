// Import list of package server in server of drone/drone (the import blocks of its non-test files; no code kept)
package server

import (
	_ "context"
	_ "crypto/tls"
	_ "golang.org/x/crypto/acme/autocert"
	_ "golang.org/x/sync/errgroup"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "time"
)
