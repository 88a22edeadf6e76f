// Import list of package rewrite in plugin/rewrite of coredns/coredns (the import blocks of its non-test files; no code kept)
package rewrite

import (
	_ "context"
	_ "encoding/binary"
	_ "encoding/hex"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/metadata"
	_ "github.com/coredns/coredns/plugin/pkg/edns"
	_ "github.com/coredns/coredns/plugin/pkg/fuzz"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/upstream"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "net"
	_ "regexp"
	_ "strconv"
	_ "strings"
)
