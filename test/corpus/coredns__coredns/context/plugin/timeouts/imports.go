// Import list of package timeouts in plugin/timeouts of coredns/coredns (the import blocks of its non-test files; no code kept)
package timeouts

import (
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/durations"
	_ "strconv"
	_ "time"
)
