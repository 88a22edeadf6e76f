// Import list of package tls in plugin/pkg/tls of coredns/coredns (the import blocks of its non-test files; no code kept)
package tls

import (
	_ "crypto/tls"
	_ "crypto/x509"
	_ "fmt"
	_ "net"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "time"
)
