// Import list of package requests in pkg/requests of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package requests

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/bitly/go-simplejson"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/version"
	_ "io"
	_ "net/http"
)
