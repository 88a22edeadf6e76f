// Import list of package nsid in plugin/nsid of coredns/coredns (the import blocks of its non-test files; no code kept)
package nsid

import (
	_ "context"
	_ "encoding/hex"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/miekg/dns"
	_ "os"
	_ "strings"
)
