// Import list of package totp in internal/totp of authelia/authelia (the import blocks of its non-test files; no code kept)
package totp

import (
	_ "context"
	_ "encoding/base32"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/clock"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/model"
	_ "github.com/authelia/authelia/v4/internal/random"
	_ "github.com/authelia/otp"
	_ "github.com/authelia/otp/totp"
)
