// Import list of package oauth2 in fosite/handler/oauth2 of ory/hydra (the import blocks of its non-test files; no code kept)
package oauth2

import (
	_ "context"
	_ "fmt"
	_ "github.com/mohae/deepcopy"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/token/hmac"
	_ "github.com/ory/hydra/v2/fosite/token/jwt"
	_ "github.com/ory/x/errorsx"
	_ "github.com/pkg/errors"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "time"
)
