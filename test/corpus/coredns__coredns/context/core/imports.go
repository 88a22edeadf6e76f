// Import list of package core in core of coredns/coredns (the import blocks of its non-test files; no code kept)
package core

import (
	_ "github.com/coredns/coredns/core/dnsserver"
)
