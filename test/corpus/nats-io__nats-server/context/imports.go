// Import list of package main in . of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "github.com/nats-io/nats-server/v2/server"
	_ "os"
)
