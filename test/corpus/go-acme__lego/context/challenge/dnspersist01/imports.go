// Import list of package dnspersist01 in challenge/dnspersist01 of go-acme/lego (the import blocks of its non-test files; no code kept)
package dnspersist01

import (
	_ "cmp"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/acme/api"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/internal"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/miekg/dns"
	_ "golang.org/x/net/idna"
	_ "log/slog"
	_ "net"
	_ "slices"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync/atomic"
	_ "time"
)
