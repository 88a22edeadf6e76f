// Import list of package header in plugin/header of coredns/coredns (the import blocks of its non-test files; no code kept)
package header

import (
	_ "context"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/miekg/dns"
	_ "strings"
)
