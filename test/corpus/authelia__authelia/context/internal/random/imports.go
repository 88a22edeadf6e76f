// Import list of package random in internal/random of authelia/authelia (the import blocks of its non-test files; no code kept)
package random

import (
	_ "crypto/rand"
	_ "fmt"
	_ "io"
	_ "math/big"
	_ "math/bits"
	_ "math/rand"
	_ "sync"
	_ "time"
)
