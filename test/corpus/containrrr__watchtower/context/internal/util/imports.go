// Import list of package util in internal/util of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package util

import (
	_ "bytes"
	_ "crypto/rand"
	_ "fmt"
	_ "math/rand"
)
