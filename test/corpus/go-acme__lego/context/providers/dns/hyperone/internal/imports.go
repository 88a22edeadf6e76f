// Import list of package internal in providers/dns/hyperone/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "context"
	_ "crypto/rsa"
	_ "crypto/x509"
	_ "encoding/json"
	_ "encoding/pem"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/go-jose/go-jose/v4"
	_ "github.com/go-jose/go-jose/v4/jwt"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "regexp"
	_ "time"
)
