// Import list of package main in cmd/dev/stfileinfo of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "flag"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "github.com/syncthing/syncthing/lib/scanner"
	_ "log"
	_ "os"
	_ "path/filepath"
)
