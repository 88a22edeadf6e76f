// Import list of package hosts in plugin/hosts of coredns/coredns (the import blocks of its non-test files; no code kept)
package hosts

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/dnsutil"
	_ "github.com/coredns/coredns/plugin/pkg/fall"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "io"
	_ "net"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
