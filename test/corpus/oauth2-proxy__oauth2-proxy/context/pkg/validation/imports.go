// Import list of package validation in pkg/validation of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package validation

import (
	_ "context"
	_ "crypto/tls"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/go-jose/go-jose/v4"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/authentication/hmacauth"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/encryption"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/ip"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/providers/oidc"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/requests"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/sessions/redis"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/util"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/util/ptr"
	_ "gopkg.in/natefinch/lumberjack.v2"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "regexp"
	_ "sort"
	_ "strings"
	_ "time"
)
