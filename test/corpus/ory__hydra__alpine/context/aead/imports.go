// Import list of package aead in aead of ory/hydra (the import blocks of its non-test files; no code kept)
package aead

import (
	_ "context"
	_ "crypto/aes"
	_ "crypto/cipher"
	_ "crypto/rand"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/pkg/errors"
	_ "golang.org/x/crypto/chacha20poly1305"
	_ "io"
	_ "math"
)
