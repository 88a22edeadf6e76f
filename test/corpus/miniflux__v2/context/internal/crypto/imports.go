// Import list of package crypto in internal/crypto of miniflux/v2 (the import blocks of its non-test files; no code kept)
package crypto

import (
	_ "crypto/hmac"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "crypto/subtle"
	_ "encoding/hex"
	_ "fmt"
	_ "golang.org/x/crypto/bcrypt"
	_ "hash/fnv"
)
