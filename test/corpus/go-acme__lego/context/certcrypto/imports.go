// Import list of package certcrypto in certcrypto of go-acme/lego (the import blocks of its non-test files; no code kept)
package certcrypto

import (
	_ "crypto"
	_ "crypto/ecdsa"
	_ "crypto/ed25519"
	_ "crypto/elliptic"
	_ "crypto/rand"
	_ "crypto/rsa"
	_ "crypto/x509"
	_ "crypto/x509/pkix"
	_ "encoding/asn1"
	_ "encoding/pem"
	_ "errors"
	_ "fmt"
	_ "golang.org/x/crypto/ocsp"
	_ "math/big"
	_ "net"
	_ "slices"
	_ "software.sslmate.com/src/go-pkcs12"
	_ "strings"
	_ "time"
)
