// Import list of package auth in pkg/auth of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "crypto/sha1"
	_ "encoding/base64"
	_ "encoding/csv"
	_ "golang.org/x/crypto/bcrypt"
	_ "net/http"
	_ "os"
	_ "regexp"
)
