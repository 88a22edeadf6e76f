// Import list of package grpc_server in plugin/grpc_server of coredns/coredns (the import blocks of its non-test files; no code kept)
package grpc_server

import (
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "strconv"
)
