// Import list of package dnsupdate in providers/dns/dnsupdate of go-acme/lego (the import blocks of its non-test files; no code kept)
package dnsupdate

import (
	_ "cmp"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/bodgit/tsig"
	_ "github.com/bodgit/tsig/gss"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/dnsupdate/internal"
	_ "github.com/miekg/dns"
	_ "log/slog"
	_ "net"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
