// Import list of package ready in plugin/ready of coredns/coredns (the import blocks of its non-test files; no code kept)
package ready

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/reuseport"
	_ "github.com/coredns/coredns/plugin/pkg/uniq"
	_ "io"
	_ "net"
	_ "net/http"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "time"
)
