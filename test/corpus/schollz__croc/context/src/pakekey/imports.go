// Import list of package pakekey in src/pakekey of schollz/croc (the import blocks of its non-test files; no code kept)
package pakekey

import (
	_ "crypto/hmac"
	_ "crypto/sha256"
	_ "encoding/binary"
	_ "fmt"
	_ "github.com/schollz/pake/v3"
	_ "golang.org/x/crypto/hkdf"
	_ "io"
)
