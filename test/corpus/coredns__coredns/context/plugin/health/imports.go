// Import list of package health in plugin/health of coredns/coredns (the import blocks of its non-test files; no code kept)
package health

import (
	_ "context"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/reuseport"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "time"
)
