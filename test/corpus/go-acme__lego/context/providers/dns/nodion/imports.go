// Import list of package nodion in providers/dns/nodion of go-acme/lego (the import blocks of its non-test files; no code kept)
package nodion

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/nrdcg/nodion"
	_ "net/http"
	_ "sync"
	_ "time"
)
