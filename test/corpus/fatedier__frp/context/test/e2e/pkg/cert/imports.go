// Import list of package cert in test/e2e/pkg/cert of fatedier/frp (the import blocks of its non-test files; no code kept)
package cert

import (
	_ "crypto"
	_ "crypto/rand"
	_ "crypto/rsa"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "crypto/x509/pkix"
	_ "encoding/pem"
	_ "errors"
	_ "fmt"
	_ "k8s.io/client-go/util/cert"
	_ "k8s.io/client-go/util/keyutil"
	_ "math"
	_ "math/big"
	_ "net"
	_ "time"
)
