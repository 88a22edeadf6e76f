// Import list of package header in pkg/header of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package header

import (
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options/util"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/sessions"
	_ "net/http"
)
