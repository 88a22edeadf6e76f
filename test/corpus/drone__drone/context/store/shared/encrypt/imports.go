// Import list of package encrypt in store/shared/encrypt of drone/drone (the import blocks of its non-test files; no code kept)
package encrypt

import (
	_ "crypto/aes"
	_ "crypto/cipher"
	_ "crypto/rand"
	_ "errors"
	_ "io"
)
