// Import list of package proxyproto in plugin/proxyproto of coredns/coredns (the import blocks of its non-test files; no code kept)
package proxyproto

import (
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/pires/go-proxyproto"
	_ "net"
	_ "strconv"
	_ "strings"
	_ "time"
)
