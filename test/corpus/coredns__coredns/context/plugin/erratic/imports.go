// Import list of package erratic in plugin/erratic of coredns/coredns (the import blocks of its non-test files; no code kept)
package erratic

import (
	_ "context"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/test"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
