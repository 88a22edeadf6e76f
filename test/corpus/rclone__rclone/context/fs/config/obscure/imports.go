// Import list of package obscure in fs/config/obscure of rclone/rclone (the import blocks of its non-test files; no code kept)
package obscure

import (
	_ "crypto/aes"
	_ "crypto/cipher"
	_ "crypto/rand"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "io"
	_ "math"
)
