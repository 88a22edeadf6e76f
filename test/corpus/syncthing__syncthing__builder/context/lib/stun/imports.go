// Import list of package stun in lib/stun of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package stun

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/ccding/go-stun/stun"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/config"
	_ "github.com/syncthing/syncthing/lib/svcutil"
	_ "log/slog"
	_ "net"
	_ "time"
)
