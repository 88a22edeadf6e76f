// Import list of package bind in plugin/bind of coredns/coredns (the import blocks of its non-test files; no code kept)
package bind

import (
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "net"
	_ "slices"
)
