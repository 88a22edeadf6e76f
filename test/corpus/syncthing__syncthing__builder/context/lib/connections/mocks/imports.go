// Import list of package mocks in lib/connections/mocks of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "context"
	_ "github.com/syncthing/syncthing/lib/connections"
	_ "sync"
)
