// Import list of package dnstap in plugin/dnstap of coredns/coredns (the import blocks of its non-test files; no code kept)
package dnstap

import (
	_ "context"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "errors"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/dnstap/msg"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/replacer"
	_ "github.com/coredns/coredns/request"
	_ "github.com/dnstap/golang-dnstap"
	_ "github.com/farsightsec/golang-framestream"
	_ "github.com/miekg/dns"
	_ "google.golang.org/protobuf/proto"
	_ "io"
	_ "net"
	_ "net/url"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
