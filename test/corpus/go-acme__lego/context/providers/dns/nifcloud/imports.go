// Import list of package nifcloud in providers/dns/nifcloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package nifcloud

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/nifcloud/internal"
	_ "net/http"
	_ "net/url"
	_ "time"
)
