// Import list of package duo in internal/duo of authelia/authelia (the import blocks of its non-test files; no code kept)
package duo

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/middlewares"
	_ "github.com/authelia/authelia/v4/internal/session"
	_ "github.com/duosecurity/duo_api_golang"
	_ "github.com/valyala/fasthttp"
	_ "net/http"
	_ "net/url"
)
