// Import list of package catalog in plugin/pkg/catalog of coredns/coredns (the import blocks of its non-test files; no code kept)
package catalog

import (
	_ "fmt"
	_ "github.com/miekg/dns"
	_ "sort"
	_ "strings"
)
