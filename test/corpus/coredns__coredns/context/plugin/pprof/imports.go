// Import list of package pprof in plugin/pprof of coredns/coredns (the import blocks of its non-test files; no code kept)
package pprof

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/reuseport"
	_ "net"
	_ "net/http"
	_ "net/http/pprof"
	_ "runtime"
	_ "strconv"
	_ "time"
)
