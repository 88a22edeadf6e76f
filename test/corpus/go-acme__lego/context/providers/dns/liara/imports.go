// Import list of package liara in providers/dns/liara of go-acme/lego (the import blocks of its non-test files; no code kept)
package liara

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/liara/internal"
	_ "github.com/hashicorp/go-retryablehttp"
	_ "net/http"
	_ "sync"
	_ "time"
)
