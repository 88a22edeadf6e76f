// Import list of package codephrase in src/codephrase of schollz/croc (the import blocks of its non-test files; no code kept)
package codephrase

import (
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "embed"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "math/big"
	_ "strings"
)
