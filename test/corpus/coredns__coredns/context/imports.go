// Import list of package main in . of coredns/coredns (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/coredns/coredns/core/plugin"
	_ "github.com/coredns/coredns/coremain"
)
