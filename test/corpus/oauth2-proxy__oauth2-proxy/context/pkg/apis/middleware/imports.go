// Import list of package middleware in pkg/apis/middleware of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package middleware

import (
	_ "context"
	_ "fmt"
	_ "github.com/coreos/go-oidc/v3/oidc"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/sessions"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/ip"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/util/ptr"
	_ "net"
	_ "net/http"
	_ "strings"
)
