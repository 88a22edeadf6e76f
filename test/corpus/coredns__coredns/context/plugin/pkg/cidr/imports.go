// Import list of package cidr in plugin/pkg/cidr of coredns/coredns (the import blocks of its non-test files; no code kept)
package cidr

import (
	_ "github.com/apparentlymart/go-cidr/cidr"
	_ "github.com/miekg/dns"
	_ "math"
	_ "net"
	_ "strings"
)
