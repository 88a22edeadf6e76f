// Import list of package tree in plugin/file/tree of coredns/coredns (the import blocks of its non-test files; no code kept)
package tree

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/coredns/coredns/plugin/file/rrutil"
	_ "github.com/miekg/dns"
	_ "strings"
)
