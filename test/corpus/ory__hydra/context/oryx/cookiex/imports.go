// Import list of package cookiex in oryx/cookiex of ory/hydra (the import blocks of its non-test files; no code kept)
package cookiex

import (
	_ "crypto/hkdf"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "encoding/json"
	_ "github.com/gorilla/securecookie"
	_ "github.com/ory/x/aead"
	_ "github.com/pkg/errors"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "net/http"
	_ "strings"
	_ "time"
)
