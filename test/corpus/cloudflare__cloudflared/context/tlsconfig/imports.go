// Import list of package tlsconfig in tlsconfig of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package tlsconfig

import (
	_ "crypto/tls"
	_ "crypto/x509"
	_ "encoding/pem"
	_ "fmt"
	_ "github.com/getsentry/sentry-go"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog"
	_ "os"
	_ "runtime"
	_ "sync"
)
