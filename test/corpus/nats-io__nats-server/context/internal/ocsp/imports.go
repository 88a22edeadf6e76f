// Import list of package testhelper in internal/ocsp of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package testhelper

import (
	_ "crypto"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "encoding/base64"
	_ "encoding/pem"
	_ "fmt"
	_ "golang.org/x/crypto/ocsp"
	_ "io"
	_ "net/http"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "testing"
	_ "time"
)
