// Import list of package rfc8628 in fosite/handler/rfc8628 of ory/hydra (the import blocks of its non-test files; no code kept)
package rfc8628

import (
	_ "context"
	_ "fmt"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/handler/oauth2"
	_ "github.com/ory/hydra/v2/fosite/token/hmac"
	_ "github.com/ory/x/errorsx"
	_ "github.com/ory/x/randx"
	_ "github.com/pkg/errors"
	_ "strings"
	_ "time"
)
