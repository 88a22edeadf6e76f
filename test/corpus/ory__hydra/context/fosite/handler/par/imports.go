// Import list of package par in fosite/handler/par of ory/hydra (the import blocks of its non-test files; no code kept)
package par

import (
	_ "context"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/token/hmac"
	_ "github.com/ory/x/errorsx"
	_ "net/url"
	_ "time"
)
