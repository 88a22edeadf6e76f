// Import list of package generate in cmd/syncthing/generate of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package generate

import (
	_ "bufio"
	_ "context"
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/syncthing/syncthing/lib/config"
	_ "github.com/syncthing/syncthing/lib/events"
	_ "github.com/syncthing/syncthing/lib/fs"
	_ "github.com/syncthing/syncthing/lib/locations"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "github.com/syncthing/syncthing/lib/syncthing"
	_ "log/slog"
	_ "os"
)
