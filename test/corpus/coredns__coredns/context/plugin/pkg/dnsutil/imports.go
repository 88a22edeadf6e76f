// Import list of package dnsutil in plugin/pkg/dnsutil of coredns/coredns (the import blocks of its non-test files; no code kept)
package dnsutil

import (
	_ "encoding/binary"
	_ "errors"
	_ "github.com/coredns/coredns/plugin/pkg/response"
	_ "github.com/miekg/dns"
	_ "net"
	_ "strings"
	_ "time"
)
