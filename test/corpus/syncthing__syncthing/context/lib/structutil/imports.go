// Import list of package structutil in lib/structutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package structutil

import (
	_ "reflect"
	_ "strconv"
	_ "strings"
)
