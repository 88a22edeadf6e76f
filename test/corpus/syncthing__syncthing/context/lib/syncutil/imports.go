// Import list of package syncutil in lib/syncutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package syncutil

import (
	_ "sync"
	_ "time"
)
