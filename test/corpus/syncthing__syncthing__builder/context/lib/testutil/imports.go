// Import list of package testutil in lib/testutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package testutil

import (
	_ "errors"
	_ "sync"
)
