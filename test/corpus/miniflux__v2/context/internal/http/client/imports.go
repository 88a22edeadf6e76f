// Import list of package client in internal/http/client of miniflux/v2 (the import blocks of its non-test files; no code kept)
package client

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/urllib"
	_ "miniflux.app/v2/internal/version"
	_ "net"
	_ "net/http"
	_ "time"
)
