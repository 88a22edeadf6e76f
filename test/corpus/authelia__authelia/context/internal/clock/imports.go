// Import list of package clock in internal/clock of authelia/authelia (the import blocks of its non-test files; no code kept)
package clock

import (
	_ "github.com/golang-jwt/jwt/v5"
	_ "time"
)
