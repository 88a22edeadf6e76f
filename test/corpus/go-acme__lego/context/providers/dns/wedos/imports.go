// Import list of package wedos in providers/dns/wedos of go-acme/lego (the import blocks of its non-test files; no code kept)
package wedos

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/wedos/internal"
	_ "net/http"
	_ "strconv"
	_ "time"
)
