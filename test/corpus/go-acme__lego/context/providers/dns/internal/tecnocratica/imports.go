// Import list of package tecnocratica in providers/dns/internal/tecnocratica of go-acme/lego (the import blocks of its non-test files; no code kept)
package tecnocratica

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/tecnocratica/internal"
	_ "net/http"
	_ "net/url"
	_ "sync"
	_ "time"
)
