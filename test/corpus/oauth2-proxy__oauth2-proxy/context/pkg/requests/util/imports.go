// Import list of package util in pkg/requests/util of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package util

import (
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/middleware"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
