// Import list of package zilore in providers/dns/zilore of go-acme/lego (the import blocks of its non-test files; no code kept)
package zilore

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/zilore/internal"
	_ "net/http"
	_ "strconv"
	_ "sync"
	_ "time"
)
