// Import list of package replacer in plugin/pkg/replacer of coredns/coredns (the import blocks of its non-test files; no code kept)
package replacer

import (
	_ "context"
	_ "github.com/coredns/coredns/plugin/metadata"
	_ "github.com/coredns/coredns/plugin/pkg/dnstest"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
