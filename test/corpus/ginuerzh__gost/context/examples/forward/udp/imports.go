// Import list of package main in examples/forward/udp of ginuerzh/gost (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "github.com/ginuerzh/gost"
	_ "log"
	_ "net"
	_ "time"
)
