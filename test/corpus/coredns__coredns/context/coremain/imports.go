// Import list of package coremain in coremain of coredns/coredns (the import blocks of its non-test files; no code kept)
package coremain

import (
	_ "flag"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "go.uber.org/automaxprocs/maxprocs"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "runtime"
	_ "strings"
)
