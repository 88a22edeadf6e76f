// Import list of package auto in plugin/auto of coredns/coredns (the import blocks of its non-test files; no code kept)
package auto

import (
	_ "context"
	_ "errors"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/file"
	_ "github.com/coredns/coredns/plugin/metrics"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/upstream"
	_ "github.com/coredns/coredns/plugin/transfer"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
	_ "sync"
	_ "time"
)
