// Import list of package httputil in internal/httputil of crazy-max/diun (the import blocks of its non-test files; no code kept)
package httputil

import (
	_ "crypto/tls"
	_ "crypto/x509"
	_ "errors"
	_ "net/http"
	_ "net/url"
	_ "os"
)
