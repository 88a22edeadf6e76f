// Import list of package crypt in src/crypt of schollz/croc (the import blocks of its non-test files; no code kept)
package crypt

import (
	_ "crypto/aes"
	_ "crypto/cipher"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "fmt"
	_ "golang.org/x/crypto/argon2"
	_ "golang.org/x/crypto/chacha20poly1305"
	_ "golang.org/x/crypto/pbkdf2"
	_ "log"
)
