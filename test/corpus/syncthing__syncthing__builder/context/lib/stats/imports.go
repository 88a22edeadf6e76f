// Import list of package stats in lib/stats of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package stats

import (
	_ "github.com/syncthing/syncthing/internal/db"
	_ "time"
)
