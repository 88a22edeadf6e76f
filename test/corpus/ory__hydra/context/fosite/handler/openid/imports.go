// Import list of package openid in fosite/handler/openid of ory/hydra (the import blocks of its non-test files; no code kept)
package openid

import (
	_ "bytes"
	_ "context"
	_ "crypto/sha256"
	_ "crypto/sha512"
	_ "encoding/base64"
	_ "github.com/google/uuid"
	_ "github.com/mohae/deepcopy"
	_ "github.com/ory/go-convenience/stringslice"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/handler/oauth2"
	_ "github.com/ory/hydra/v2/fosite/handler/rfc8628"
	_ "github.com/ory/hydra/v2/fosite/token/jwt"
	_ "github.com/ory/x/errorsx"
	_ "github.com/pkg/errors"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
