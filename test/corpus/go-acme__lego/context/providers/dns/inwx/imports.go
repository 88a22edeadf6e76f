// Import list of package inwx in providers/dns/inwx of go-acme/lego (the import blocks of its non-test files; no code kept)
package inwx

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/nrdcg/goinwx"
	_ "github.com/pquerna/otp/totp"
	_ "log/slog"
	_ "time"
)
