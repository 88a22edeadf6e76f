// Import list of package model in internal/model of miniflux/v2 (the import blocks of its non-test files; no code kept)
package model

import (
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "crypto/subtle"
	_ "database/sql"
	_ "encoding/base64"
	_ "encoding/hex"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-webauthn/webauthn/webauthn"
	_ "io"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/mediaproxy"
	_ "miniflux.app/v2/internal/timezone"
	_ "strings"
	_ "time"
)
