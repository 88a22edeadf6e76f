// Import list of package util in pkg/providers/util of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package util

import (
	_ "context"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/bitly/go-simplejson"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/requests"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/util"
	_ "mime"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
