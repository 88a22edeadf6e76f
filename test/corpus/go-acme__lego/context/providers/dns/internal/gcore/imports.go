// Import list of package gcore in providers/dns/internal/gcore of go-acme/lego (the import blocks of its non-test files; no code kept)
package gcore

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/gcore/internal"
	_ "net/http"
	_ "net/url"
	_ "time"
)
