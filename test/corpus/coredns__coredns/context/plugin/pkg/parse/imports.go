// Import list of package parse in plugin/pkg/parse of coredns/coredns (the import blocks of its non-test files; no code kept)
package parse

import (
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/plugin/pkg/transport"
	_ "github.com/miekg/dns"
	_ "net"
	_ "os"
	_ "strings"
)
