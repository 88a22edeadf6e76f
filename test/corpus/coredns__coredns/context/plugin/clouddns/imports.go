// Import list of package clouddns in plugin/clouddns of coredns/coredns (the import blocks of its non-test files; no code kept)
package clouddns

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/file"
	_ "github.com/coredns/coredns/plugin/pkg/fall"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/upstream"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "google.golang.org/api/dns/v1"
	_ "google.golang.org/api/option"
	_ "os"
	_ "strings"
	_ "sync"
	_ "time"
)
