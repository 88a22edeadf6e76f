// Import list of package jwt in fosite/token/jwt of ory/hydra (the import blocks of its non-test files; no code kept)
package jwt

import (
	_ "bytes"
	_ "context"
	_ "crypto"
	_ "crypto/ecdsa"
	_ "crypto/rsa"
	_ "crypto/sha256"
	_ "crypto/subtle"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-jose/go-jose/v3"
	_ "github.com/go-jose/go-jose/v3/json"
	_ "github.com/go-jose/go-jose/v3/jwt"
	_ "github.com/google/uuid"
	_ "github.com/ory/x/errorsx"
	_ "github.com/pkg/errors"
	_ "reflect"
	_ "strings"
	_ "time"
)
