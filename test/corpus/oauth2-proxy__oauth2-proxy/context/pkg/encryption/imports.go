// Import list of package encryption in pkg/encryption of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package encryption

import (
	_ "crypto/aes"
	_ "crypto/cipher"
	_ "crypto/hmac"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "fmt"
	_ "hash"
	_ "io"
	_ "net/http"
	_ "strconv"
	_ "strings"
	_ "time"
)
