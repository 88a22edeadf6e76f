// Import list of package onecloudru in providers/dns/onecloudru of go-acme/lego (the import blocks of its non-test files; no code kept)
package onecloudru

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/onecloudru/internal"
	_ "net/http"
	_ "strconv"
	_ "sync"
	_ "time"
)
