// Import list of package deprecated in plugin/deprecated of coredns/coredns (the import blocks of its non-test files; no code kept)
package deprecated

import (
	_ "errors"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/plugin"
)
