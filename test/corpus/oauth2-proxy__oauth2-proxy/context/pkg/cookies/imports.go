// Import list of package cookies in pkg/cookies of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package cookies

import (
	_ "errors"
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/sessions"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/encryption"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/requests/util"
	_ "github.com/vmihailenco/msgpack/v5"
	_ "net"
	_ "net/http"
	_ "slices"
	_ "strings"
	_ "time"
)
