// Import list of package locations in lib/locations of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package locations

import (
	_ "fmt"
	_ "github.com/syncthing/syncthing/lib/build"
	_ "github.com/syncthing/syncthing/lib/fs"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "time"
)
