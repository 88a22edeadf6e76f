// Import list of package response in plugin/pkg/response of coredns/coredns (the import blocks of its non-test files; no code kept)
package response

import (
	_ "fmt"
	_ "github.com/miekg/dns"
	_ "time"
)
