// Import list of package main in cmd/dev/stsigtool of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "github.com/syncthing/syncthing/lib/signature"
	_ "github.com/syncthing/syncthing/lib/upgrade"
	_ "io"
	_ "log"
	_ "os"
)
