// Import list of package expression in plugin/pkg/expression of coredns/coredns (the import blocks of its non-test files; no code kept)
package expression

import (
	_ "context"
	_ "errors"
	_ "github.com/coredns/coredns/plugin/metadata"
	_ "github.com/coredns/coredns/request"
	_ "net"
)
