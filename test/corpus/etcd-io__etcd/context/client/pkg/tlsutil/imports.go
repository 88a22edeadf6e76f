// Import list of package tlsutil in client/pkg/tlsutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package tlsutil

import (
	_ "crypto/tls"
	_ "crypto/x509"
	_ "encoding/pem"
	_ "fmt"
	_ "os"
)
