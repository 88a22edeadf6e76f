// Import list of package certstore in server/certstore of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package certstore

import (
	_ "crypto"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "errors"
	_ "io"
	_ "runtime"
	_ "strings"
)
