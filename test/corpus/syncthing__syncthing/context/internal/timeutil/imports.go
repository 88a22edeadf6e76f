// Import list of package timeutil in internal/timeutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package timeutil

import (
	_ "sync/atomic"
	_ "time"
)
