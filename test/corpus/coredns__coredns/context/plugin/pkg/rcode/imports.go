// Import list of package rcode in plugin/pkg/rcode of coredns/coredns (the import blocks of its non-test files; no code kept)
package rcode

import (
	_ "github.com/miekg/dns"
	_ "strconv"
)
