// Import list of package active24 in providers/dns/internal/active24 of go-acme/lego (the import blocks of its non-test files; no code kept)
package active24

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/active24/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "strconv"
	_ "time"
)
