// Import list of package pagewriter in pkg/app/pagewriter of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package pagewriter

import (
	_ "embed"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/middleware"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "html/template"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "strings"
)
