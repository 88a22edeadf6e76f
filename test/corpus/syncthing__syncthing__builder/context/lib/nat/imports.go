// Import list of package nat in lib/nat of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package nat

import (
	_ "context"
	_ "fmt"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/config"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "hash/fnv"
	_ "log/slog"
	_ "math/rand"
	_ "net"
	_ "slices"
	_ "strconv"
	_ "sync"
	_ "time"
)
