// Import list of package bluecatv2 in providers/dns/bluecatv2 of go-acme/lego (the import blocks of its non-test files; no code kept)
package bluecatv2

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/bluecatv2/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "sync"
	_ "time"
)
