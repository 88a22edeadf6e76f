// Import list of package main in cmd/dev/stfindignored of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "github.com/syncthing/syncthing/lib/fs"
	_ "github.com/syncthing/syncthing/lib/ignore"
	_ "os"
)
