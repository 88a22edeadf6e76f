// Import list of package errors in plugin/errors of coredns/coredns (the import blocks of its non-test files; no code kept)
package errors

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "regexp"
	_ "sync/atomic"
	_ "time"
	_ "unsafe"
)
