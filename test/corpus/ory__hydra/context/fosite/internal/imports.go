// Import list of package internal in fosite/internal of ory/hydra (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/cristalhq/jwt/v4"
	_ "github.com/go-jose/go-jose/v3"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/handler/oauth2"
	_ "github.com/ory/hydra/v2/fosite/handler/openid"
	_ "github.com/ory/hydra/v2/fosite/handler/pkce"
	_ "github.com/ory/hydra/v2/fosite/handler/rfc7523"
	_ "github.com/ory/hydra/v2/fosite/handler/rfc8628"
	_ "github.com/stretchr/testify/require"
	_ "go.uber.org/mock/gomock"
	_ "golang.org/x/net/html"
	_ "golang.org/x/oauth2"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "reflect"
	_ "strconv"
	_ "testing"
	_ "time"
)
