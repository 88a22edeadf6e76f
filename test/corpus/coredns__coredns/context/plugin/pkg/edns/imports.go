// Import list of package edns in plugin/pkg/edns of coredns/coredns (the import blocks of its non-test files; no code kept)
package edns

import (
	_ "errors"
	_ "github.com/miekg/dns"
	_ "sync"
)
