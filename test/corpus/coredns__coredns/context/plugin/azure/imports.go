// Import list of package azure in plugin/azure of coredns/coredns (the import blocks of its non-test files; no code kept)
package azure

import (
	_ "context"
	_ "fmt"
	_ "github.com/Azure/azure-sdk-for-go/profiles/latest/dns/mgmt/dns"
	_ "github.com/Azure/azure-sdk-for-go/profiles/latest/privatedns/mgmt/privatedns"
	_ "github.com/Azure/go-autorest/autorest/azure"
	_ "github.com/Azure/go-autorest/autorest/azure/auth"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/file"
	_ "github.com/coredns/coredns/plugin/pkg/fall"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/upstream"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "net"
	_ "strings"
	_ "sync"
	_ "time"
)
