// Import list of package resolver in challenge/resolver of go-acme/lego (the import blocks of its non-test files; no code kept)
package resolver

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/acme/api"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/challenge/dnspersist01"
	_ "github.com/go-acme/lego/v5/challenge/http01"
	_ "github.com/go-acme/lego/v5/challenge/tlsalpn01"
	_ "github.com/go-acme/lego/v5/internal/dnspersist"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/log"
	_ "log/slog"
	_ "maps"
	_ "sort"
	_ "strings"
	_ "time"
)
