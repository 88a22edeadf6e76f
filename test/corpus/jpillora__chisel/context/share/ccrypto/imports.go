// Import list of package ccrypto in share/ccrypto of jpillora/chisel (the import blocks of its non-test files; no code kept)
package ccrypto

import (
	_ "crypto/ecdsa"
	_ "crypto/elliptic"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "crypto/sha512"
	_ "crypto/x509"
	_ "encoding/base64"
	_ "encoding/pem"
	_ "fmt"
	_ "golang.org/x/crypto/ssh"
	_ "io"
	_ "math/big"
	_ "os"
	_ "strings"
)
