// Import list of package main in examples/bench of ginuerzh/gost (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bufio"
	_ "crypto/tls"
	_ "flag"
	_ "fmt"
	_ "github.com/ginuerzh/gost"
	_ "golang.org/x/net/http2"
	_ "log"
	_ "net/http"
	_ "net/http/httputil"
	_ "net/url"
	_ "sync"
	_ "time"
)
