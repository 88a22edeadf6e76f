// Import list of package hmac in fosite/token/hmac of ory/hydra (the import blocks of its non-test files; no code kept)
package hmac

import (
	_ "context"
	_ "crypto/hmac"
	_ "crypto/rand"
	_ "crypto/sha512"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/x/errorsx"
	_ "github.com/pkg/errors"
	_ "io"
	_ "strings"
	_ "sync"
)
