// Import list of package rimuhosting in providers/dns/internal/rimuhosting of go-acme/lego (the import blocks of its non-test files; no code kept)
package rimuhosting

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/rimuhosting/internal"
	_ "net/http"
	_ "time"
)
