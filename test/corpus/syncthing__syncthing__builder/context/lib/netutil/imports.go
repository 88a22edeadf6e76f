// Import list of package netutil in lib/netutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package netutil

import (
	_ "fmt"
	_ "github.com/jackpal/gateway"
	_ "net"
	_ "net/url"
	_ "os"
)
