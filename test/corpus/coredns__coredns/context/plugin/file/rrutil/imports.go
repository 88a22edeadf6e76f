// Import list of package rrutil in plugin/file/rrutil of coredns/coredns (the import blocks of its non-test files; no code kept)
package rrutil

import (
	_ "github.com/miekg/dns"
)
