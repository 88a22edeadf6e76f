// Import list of package token in registry/auth/token of distribution/distribution (the import blocks of its non-test files; no code kept)
package token

import (
	_ "crypto"
	_ "crypto/ecdsa"
	_ "crypto/ed25519"
	_ "crypto/rsa"
	_ "crypto/sha256"
	_ "crypto/x509"
	_ "encoding/base64"
	_ "encoding/json"
	_ "encoding/pem"
	_ "errors"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/registry/auth"
	_ "github.com/go-jose/go-jose/v4"
	_ "github.com/go-jose/go-jose/v4/jwt"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "math/big"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "reflect"
	_ "slices"
	_ "strings"
	_ "time"
)
