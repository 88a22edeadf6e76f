// Import list of package gen in fosite/internal/gen of ory/hydra (the import blocks of its non-test files; no code kept)
package gen

import (
	_ "crypto/ecdsa"
	_ "crypto/elliptic"
	_ "crypto/rand"
	_ "crypto/rsa"
)
