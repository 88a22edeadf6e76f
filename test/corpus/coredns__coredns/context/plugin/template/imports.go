// Import list of package template in plugin/template of coredns/coredns (the import blocks of its non-test files; no code kept)
package template

import (
	_ "bytes"
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/metadata"
	_ "github.com/coredns/coredns/plugin/metrics"
	_ "github.com/coredns/coredns/plugin/pkg/expression"
	_ "github.com/coredns/coredns/plugin/pkg/fall"
	_ "github.com/coredns/coredns/plugin/pkg/upstream"
	_ "github.com/coredns/coredns/request"
	_ "github.com/expr-lang/expr"
	_ "github.com/expr-lang/expr/ast"
	_ "github.com/expr-lang/expr/builtin"
	_ "github.com/expr-lang/expr/parser"
	_ "github.com/expr-lang/expr/vm"
	_ "github.com/miekg/dns"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "reflect"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "text/template"
)
