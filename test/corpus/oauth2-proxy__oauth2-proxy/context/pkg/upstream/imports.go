// Import list of package upstream in pkg/upstream of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package upstream

import (
	_ "context"
	_ "fmt"
	_ "github.com/gorilla/mux"
	_ "github.com/justinas/alice"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/middleware"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/app/pagewriter"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/authentication/hmacauth"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/util/ptr"
	_ "net"
	_ "net/http"
	_ "net/http/httputil"
	_ "net/url"
	_ "regexp"
	_ "runtime"
	_ "sort"
	_ "strings"
)
