// Import list of package middleware in ingress/middleware of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package middleware

import (
	_ "context"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/credentials"
	_ "github.com/coreos/go-oidc/v3/oidc"
	_ "net/http"
)
