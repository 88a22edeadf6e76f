// Import list of package main in cmd/dev/stfinddevice of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "crypto/tls"
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "github.com/syncthing/syncthing/lib/config"
	_ "github.com/syncthing/syncthing/lib/discover"
	_ "github.com/syncthing/syncthing/lib/events"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "net/url"
	_ "os"
	_ "time"
)
