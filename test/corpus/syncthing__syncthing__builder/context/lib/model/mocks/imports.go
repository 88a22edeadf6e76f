// Import list of package mocks in lib/model/mocks of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "context"
	_ "github.com/syncthing/syncthing/internal/db"
	_ "github.com/syncthing/syncthing/lib/model"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "github.com/syncthing/syncthing/lib/stats"
	_ "github.com/syncthing/syncthing/lib/ur/contract"
	_ "github.com/syncthing/syncthing/lib/versioner"
	_ "iter"
	_ "net"
	_ "sync"
	_ "time"
)
