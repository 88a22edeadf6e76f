// Import list of package mocks in lib/events/mocks of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "github.com/syncthing/syncthing/lib/events"
	_ "sync"
	_ "time"
)
