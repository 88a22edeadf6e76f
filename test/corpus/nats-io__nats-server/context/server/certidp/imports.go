// Import list of package certidp in server/certidp of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package certidp

import (
	_ "crypto/sha256"
	_ "crypto/x509"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "golang.org/x/crypto/ocsp"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
)
