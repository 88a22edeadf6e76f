// Import list of package password in auth/password of gotify/server (the import blocks of its non-test files; no code kept)
package password

import (
	_ "golang.org/x/crypto/bcrypt"
)
