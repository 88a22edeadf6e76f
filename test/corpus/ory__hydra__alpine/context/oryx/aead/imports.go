// Import list of package aead in oryx/aead of ory/hydra (the import blocks of its non-test files; no code kept)
package aead

import (
	_ "crypto/cipher"
	_ "github.com/pkg/errors"
	_ "golang.org/x/crypto/chacha20poly1305"
	_ "golang.org/x/crypto/nacl/secretbox"
)
