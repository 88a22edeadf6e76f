// Import list of package zonomi in providers/dns/zonomi of go-acme/lego (the import blocks of its non-test files; no code kept)
package zonomi

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/rimuhosting"
	_ "net/http"
	_ "time"
)
