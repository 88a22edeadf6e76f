// Import list of package view in plugin/view of coredns/coredns (the import blocks of its non-test files; no code kept)
package view

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/metadata"
	_ "github.com/coredns/coredns/plugin/pkg/expression"
	_ "github.com/coredns/coredns/request"
	_ "github.com/expr-lang/expr"
	_ "github.com/expr-lang/expr/vm"
	_ "github.com/miekg/dns"
	_ "strings"
)
