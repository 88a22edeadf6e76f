// Import list of package redirect in pkg/app/redirect of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package redirect

import (
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/requests/util"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/util"
	_ "net/http"
	_ "net/url"
	_ "regexp"
	_ "strings"
)
