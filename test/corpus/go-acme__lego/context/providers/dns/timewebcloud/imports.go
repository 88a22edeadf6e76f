// Import list of package timewebcloud in providers/dns/timewebcloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package timewebcloud

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/timewebcloud/internal"
	_ "net/http"
	_ "sync"
	_ "time"
)
