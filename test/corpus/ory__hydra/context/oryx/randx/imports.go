// Import list of package randx in oryx/randx of ory/hydra (the import blocks of its non-test files; no code kept)
package randx

import (
	_ "crypto/rand"
	_ "github.com/pkg/errors"
	_ "math/big"
)
