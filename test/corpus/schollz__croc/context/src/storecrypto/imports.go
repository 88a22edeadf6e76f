// Import list of package storecrypto in src/storecrypto of schollz/croc (the import blocks of its non-test files; no code kept)
package storecrypto

import (
	_ "bytes"
	_ "crypto/aes"
	_ "crypto/cipher"
	_ "crypto/hkdf"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "encoding/binary"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/schollz/croc/v11/src/receivefs"
	_ "io"
	_ "net/url"
	_ "path"
	_ "strings"
	_ "time"
)
