// Import list of package ovh in providers/dns/ovh of go-acme/lego (the import blocks of its non-test files; no code kept)
package ovh

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/ovh/go-ovh/ovh"
	_ "net/http"
	_ "sync"
	_ "time"
)
