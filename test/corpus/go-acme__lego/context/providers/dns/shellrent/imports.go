// Import list of package shellrent in providers/dns/shellrent of go-acme/lego (the import blocks of its non-test files; no code kept)
package shellrent

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/shellrent/internal"
	_ "net/http"
	_ "strings"
	_ "sync"
	_ "time"
)
