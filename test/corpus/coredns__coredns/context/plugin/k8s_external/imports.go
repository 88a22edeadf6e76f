// Import list of package external in plugin/k8s_external of coredns/coredns (the import blocks of its non-test files; no code kept)
package external

import (
	_ "context"
	_ "errors"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/etcd/msg"
	_ "github.com/coredns/coredns/plugin/kubernetes"
	_ "github.com/coredns/coredns/plugin/pkg/dnsutil"
	_ "github.com/coredns/coredns/plugin/pkg/fall"
	_ "github.com/coredns/coredns/plugin/pkg/upstream"
	_ "github.com/coredns/coredns/plugin/transfer"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "math"
	_ "strconv"
	_ "strings"
)
