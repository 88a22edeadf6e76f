// Import list of package semaphore in lib/semaphore of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package semaphore

import (
	_ "context"
	_ "sync"
)
