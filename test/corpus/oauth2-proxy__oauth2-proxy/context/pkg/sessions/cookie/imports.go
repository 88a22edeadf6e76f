// Import list of package cookie in pkg/sessions/cookie of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package cookie

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/sessions"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/cookies"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/encryption"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "net/http"
	_ "regexp"
	_ "time"
)
