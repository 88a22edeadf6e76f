// Import list of package logger in pkg/logger of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package logger

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/middleware"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/requests/util"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "runtime"
	_ "sync"
	_ "text/template"
	_ "time"
)
