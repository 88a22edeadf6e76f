// Import list of package certificate in certificate of go-acme/lego (the import blocks of its non-test files; no code kept)
package certificate

import (
	_ "bytes"
	_ "context"
	_ "crypto"
	_ "crypto/x509"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/acme/api"
	_ "github.com/go-acme/lego/v5/certcrypto"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/log"
	_ "golang.org/x/crypto/ocsp"
	_ "golang.org/x/net/idna"
	_ "io"
	_ "log/slog"
	_ "math/rand/v2"
	_ "net/http"
	_ "strings"
	_ "time"
)
