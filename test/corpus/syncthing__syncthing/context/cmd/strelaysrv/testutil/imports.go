// Import list of package main in cmd/strelaysrv/testutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bufio"
	_ "context"
	_ "crypto/tls"
	_ "errors"
	_ "flag"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "github.com/syncthing/syncthing/lib/relay/client"
	_ "github.com/syncthing/syncthing/lib/relay/protocol"
	_ "log"
	_ "net"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "time"
)
