// Import list of package doh in plugin/pkg/doh of coredns/coredns (the import blocks of its non-test files; no code kept)
package doh

import (
	_ "bytes"
	_ "context"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/coredns/coredns/plugin/pkg/dnsutil"
	_ "github.com/miekg/dns"
	_ "io"
	_ "net/http"
	_ "strings"
)
