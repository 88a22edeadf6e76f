// Import list of package easydns in providers/dns/easydns of go-acme/lego (the import blocks of its non-test files; no code kept)
package easydns

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/easydns/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
