// Import list of package tsig in plugin/tsig of coredns/coredns (the import blocks of its non-test files; no code kept)
package tsig

import (
	_ "bufio"
	_ "context"
	_ "encoding/binary"
	_ "encoding/hex"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "io"
	_ "os"
	_ "strings"
	_ "time"
)
