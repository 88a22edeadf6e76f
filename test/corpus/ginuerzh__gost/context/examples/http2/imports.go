// Import list of package main in examples/http2 of ginuerzh/gost (the import blocks of its non-test files; no code kept)
package main

import (
	_ "crypto/tls"
	_ "flag"
	_ "github.com/ginuerzh/gost"
	_ "golang.org/x/net/http2"
	_ "log"
	_ "net/url"
)
