// Import list of package metadata in plugin/metadata of coredns/coredns (the import blocks of its non-test files; no code kept)
package metadata

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "strings"
)
