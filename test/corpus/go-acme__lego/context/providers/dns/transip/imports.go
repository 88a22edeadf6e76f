// Import list of package transip in providers/dns/transip of go-acme/lego (the import blocks of its non-test files; no code kept)
package transip

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/transip/gotransip/v6"
	_ "github.com/transip/gotransip/v6/domain"
	_ "net/http"
	_ "time"
)
