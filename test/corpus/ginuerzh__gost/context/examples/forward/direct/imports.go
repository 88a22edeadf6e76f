// Import list of package main in examples/forward/direct of ginuerzh/gost (the import blocks of its non-test files; no code kept)
package main

import (
	_ "crypto/tls"
	_ "github.com/ginuerzh/gost"
	_ "log"
)
