// Import list of package etcd in plugin/etcd of coredns/coredns (the import blocks of its non-test files; no code kept)
package etcd

import (
	_ "context"
	_ "crypto/tls"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/etcd/msg"
	_ "github.com/coredns/coredns/plugin/pkg/fall"
	_ "github.com/coredns/coredns/plugin/pkg/tls"
	_ "github.com/coredns/coredns/plugin/pkg/upstream"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "go.etcd.io/etcd/client/v3"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "time"
)
