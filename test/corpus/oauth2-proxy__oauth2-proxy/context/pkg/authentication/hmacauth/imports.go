// Import list of package hmacauth in pkg/authentication/hmacauth of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package hmacauth

import (
	_ "bytes"
	_ "crypto"
	_ "crypto/hmac"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "net/http"
	_ "strings"
)
