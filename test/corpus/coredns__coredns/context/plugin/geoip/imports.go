// Import list of package geoip in plugin/geoip of coredns/coredns (the import blocks of its non-test files; no code kept)
package geoip

import (
	_ "context"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/metadata"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "github.com/oschwald/geoip2-golang/v2"
	_ "net/netip"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
)
