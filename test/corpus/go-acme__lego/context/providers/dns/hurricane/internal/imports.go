// Import list of package internal in providers/dns/hurricane/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/go-acme/lego/v5/log"
	_ "golang.org/x/time/rate"
	_ "io"
	_ "log/slog"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "sync"
	_ "time"
)
