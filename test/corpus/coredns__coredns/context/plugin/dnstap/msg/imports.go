// Import list of package msg in plugin/dnstap/msg of coredns/coredns (the import blocks of its non-test files; no code kept)
package msg

import (
	_ "fmt"
	_ "github.com/dnstap/golang-dnstap"
	_ "net"
	_ "time"
)
