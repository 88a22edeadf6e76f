// Import list of package persistence in pkg/sessions/persistence of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package persistence

import (
	_ "context"
	_ "crypto/aes"
	_ "crypto/rand"
	_ "encoding/base64"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/sessions"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/cookies"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/encryption"
	_ "io"
	_ "net/http"
	_ "strings"
	_ "time"
)
