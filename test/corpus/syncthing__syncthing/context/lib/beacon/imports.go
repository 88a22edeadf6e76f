// Import list of package beacon in lib/beacon of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package beacon

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/build"
	_ "github.com/syncthing/syncthing/lib/netutil"
	_ "github.com/syncthing/syncthing/lib/svcutil"
	_ "github.com/thejerf/suture/v4"
	_ "golang.org/x/net/ipv6"
	_ "log/slog"
	_ "net"
	_ "time"
)
