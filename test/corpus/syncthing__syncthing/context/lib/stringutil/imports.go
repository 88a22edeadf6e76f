// Import list of package stringutil in lib/stringutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package stringutil

import (
	_ "strings"
	_ "time"
)
