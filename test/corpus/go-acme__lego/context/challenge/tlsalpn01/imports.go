// Import list of package tlsalpn01 in challenge/tlsalpn01 of go-acme/lego (the import blocks of its non-test files; no code kept)
package tlsalpn01

import (
	_ "context"
	_ "crypto/rsa"
	_ "crypto/sha256"
	_ "crypto/tls"
	_ "crypto/x509/pkix"
	_ "encoding/asn1"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/acme/api"
	_ "github.com/go-acme/lego/v5/certcrypto"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/log"
	_ "net"
	_ "net/http"
	_ "strings"
	_ "time"
)
