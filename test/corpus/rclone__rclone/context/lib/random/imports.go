// Import list of package random in lib/random of rclone/rclone (the import blocks of its non-test files; no code kept)
package random

import (
	_ "crypto/rand"
	_ "encoding/base64"
	_ "fmt"
	_ "io"
)
