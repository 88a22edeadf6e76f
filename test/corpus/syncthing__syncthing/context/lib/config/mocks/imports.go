// Import list of package mocks in lib/config/mocks of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "context"
	_ "github.com/syncthing/syncthing/lib/config"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "sync"
)
