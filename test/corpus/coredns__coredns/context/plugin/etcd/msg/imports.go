// Import list of package msg in plugin/etcd/msg of coredns/coredns (the import blocks of its non-test files; no code kept)
package msg

import (
	_ "github.com/coredns/coredns/plugin/pkg/dnsutil"
	_ "github.com/miekg/dns"
	_ "net"
	_ "path"
	_ "strings"
)
