// Import list of package loop in plugin/loop of coredns/coredns (the import blocks of its non-test files; no code kept)
package loop

import (
	_ "context"
	_ "crypto/rand"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/dnsutil"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "math/big"
	_ "net"
	_ "strconv"
	_ "sync"
	_ "time"
)
