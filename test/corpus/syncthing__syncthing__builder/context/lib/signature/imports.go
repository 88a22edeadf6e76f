// Import list of package signature in lib/signature of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package signature

import (
	_ "crypto/ecdsa"
	_ "crypto/elliptic"
	_ "crypto/sha256"
	_ "crypto/x509"
	_ "encoding/asn1"
	_ "encoding/hex"
	_ "encoding/pem"
	_ "errors"
	_ "github.com/syncthing/syncthing/lib/rand"
	_ "io"
	_ "math/big"
)
