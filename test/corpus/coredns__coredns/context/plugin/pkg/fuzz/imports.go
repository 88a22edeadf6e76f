// Import list of package fuzz in plugin/pkg/fuzz of coredns/coredns (the import blocks of its non-test files; no code kept)
package fuzz

import (
	_ "context"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/test"
	_ "github.com/miekg/dns"
)
