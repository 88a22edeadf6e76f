// Import list of package pmp in lib/pmp of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package pmp

import (
	_ "context"
	_ "errors"
	_ "github.com/jackpal/go-nat-pmp"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/nat"
	_ "github.com/syncthing/syncthing/lib/netutil"
	_ "github.com/syncthing/syncthing/lib/osutil"
	_ "github.com/syncthing/syncthing/lib/svcutil"
	_ "log/slog"
	_ "net"
	_ "strings"
	_ "time"
)
