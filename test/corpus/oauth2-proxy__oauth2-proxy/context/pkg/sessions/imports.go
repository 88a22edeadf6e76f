// Import list of package sessions in pkg/sessions of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package sessions

import (
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/sessions"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/sessions/cookie"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/sessions/redis"
)
