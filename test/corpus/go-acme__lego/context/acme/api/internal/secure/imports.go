// Import list of package secure in acme/api/internal/secure of go-acme/lego (the import blocks of its non-test files; no code kept)
package secure

import (
	_ "crypto"
	_ "crypto/ecdsa"
	_ "crypto/elliptic"
	_ "crypto/rsa"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-jose/go-jose/v4"
)
