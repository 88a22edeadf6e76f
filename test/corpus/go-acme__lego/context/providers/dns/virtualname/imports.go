// Import list of package virtualname in providers/dns/virtualname of go-acme/lego (the import blocks of its non-test files; no code kept)
package virtualname

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/tecnocratica"
	_ "net/http"
	_ "time"
)
