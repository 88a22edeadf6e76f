// Import list of package main in tools/local-tester/bridge of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "io"
	_ "log"
	_ "math/rand"
	_ "net"
	_ "sync"
	_ "time"
)
