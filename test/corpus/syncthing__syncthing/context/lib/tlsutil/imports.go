// Import list of package tlsutil in lib/tlsutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package tlsutil

import (
	_ "crypto/ecdsa"
	_ "crypto/ed25519"
	_ "crypto/elliptic"
	_ "crypto/rsa"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "crypto/x509/pkix"
	_ "encoding/pem"
	_ "errors"
	_ "fmt"
	_ "github.com/syncthing/syncthing/lib/rand"
	_ "math/big"
	_ "net"
	_ "os"
	_ "time"
)
