// Import list of package stackpath in providers/dns/stackpath of go-acme/lego (the import blocks of its non-test files; no code kept)
package stackpath

import (
	_ "context"
	_ "errors"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "time"
)
