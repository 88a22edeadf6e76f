// Import list of package log in plugin/log of coredns/coredns (the import blocks of its non-test files; no code kept)
package log

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/metadata"
	_ "github.com/coredns/coredns/plugin/pkg/dnstest"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/replacer"
	_ "github.com/coredns/coredns/plugin/pkg/response"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "strings"
	_ "time"
)
