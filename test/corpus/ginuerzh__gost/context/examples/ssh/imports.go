// Import list of package main in examples/ssh of ginuerzh/gost (the import blocks of its non-test files; no code kept)
package main

import (
	_ "crypto/tls"
	_ "flag"
	_ "github.com/ginuerzh/gost"
	_ "log"
	_ "time"
)
