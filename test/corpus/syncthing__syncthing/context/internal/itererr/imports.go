// Import list of package itererr in internal/itererr of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package itererr

import (
	_ "iter"
)
