// Import list of package nonwriter in plugin/pkg/nonwriter of coredns/coredns (the import blocks of its non-test files; no code kept)
package nonwriter

import (
	_ "github.com/miekg/dns"
)
