// Import list of package registration in registration of go-acme/lego (the import blocks of its non-test files; no code kept)
package registration

import (
	_ "context"
	_ "crypto"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/acme/api"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/registration/zerossl"
	_ "log/slog"
	_ "net/http"
	_ "os"
)
