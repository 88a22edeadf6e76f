// Import list of package plesk in providers/dns/plesk of go-acme/lego (the import blocks of its non-test files; no code kept)
package plesk

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/plesk/internal"
	_ "net/http"
	_ "net/url"
	_ "sync"
	_ "time"
)
