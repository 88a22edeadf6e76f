// Import list of package http01 in challenge/http01 of go-acme/lego (the import blocks of its non-test files; no code kept)
package http01

import (
	_ "context"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/acme/api"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/miekg/dns"
	_ "io/fs"
	_ "log/slog"
	_ "net"
	_ "net/http"
	_ "net/netip"
	_ "net/textproto"
	_ "os"
	_ "path"
	_ "strings"
	_ "time"
)
