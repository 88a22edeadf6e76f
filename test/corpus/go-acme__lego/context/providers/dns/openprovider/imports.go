// Import list of package openprovider in providers/dns/openprovider of go-acme/lego (the import blocks of its non-test files; no code kept)
package openprovider

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/openprovider/internal"
	_ "net/http"
	_ "sync"
	_ "time"
)
