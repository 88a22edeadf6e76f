// Import list of package mocks in lib/discover/mocks of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "context"
	_ "github.com/syncthing/syncthing/lib/discover"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "sync"
)
