// Import list of package registry in lib/connections/registry of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package registry

import (
	_ "github.com/syncthing/syncthing/lib/sliceutil"
	_ "strings"
	_ "sync"
)
