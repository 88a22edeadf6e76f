// Import list of package api in acme/api of go-acme/lego (the import blocks of its non-test files; no code kept)
package api

import (
	_ "bytes"
	_ "cmp"
	_ "context"
	_ "crypto"
	_ "crypto/x509"
	_ "encoding/asn1"
	_ "encoding/base64"
	_ "encoding/json"
	_ "encoding/pem"
	_ "errors"
	_ "fmt"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/acme/api/internal/nonces"
	_ "github.com/go-acme/lego/v5/acme/api/internal/secure"
	_ "github.com/go-acme/lego/v5/acme/api/internal/sender"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "io"
	_ "net"
	_ "net/http"
	_ "slices"
	_ "sync"
	_ "time"
)
