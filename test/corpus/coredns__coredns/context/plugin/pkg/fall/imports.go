// Import list of package fall in plugin/pkg/fall of coredns/coredns (the import blocks of its non-test files; no code kept)
package fall

import (
	_ "github.com/coredns/coredns/plugin"
	_ "slices"
)
