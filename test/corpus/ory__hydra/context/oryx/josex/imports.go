// Import list of package josex in oryx/josex of ory/hydra (the import blocks of its non-test files; no code kept)
package josex

import (
	_ "crypto"
	_ "crypto/ecdsa"
	_ "crypto/ed25519"
	_ "crypto/elliptic"
	_ "crypto/rand"
	_ "crypto/rsa"
	_ "crypto/x509"
	_ "encoding/pem"
	_ "errors"
	_ "fmt"
	_ "github.com/go-jose/go-jose/v3"
	_ "io"
)
