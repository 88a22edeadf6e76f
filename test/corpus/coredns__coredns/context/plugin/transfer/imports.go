// Import list of package transfer in plugin/transfer of coredns/coredns (the import blocks of its non-test files; no code kept)
package transfer

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/parse"
	_ "github.com/coredns/coredns/plugin/pkg/rcode"
	_ "github.com/coredns/coredns/plugin/pkg/transport"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "net"
)
