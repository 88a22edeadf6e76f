// Import list of package main in cmd/dev/stwatchfile of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "crypto/sha256"
	_ "flag"
	_ "fmt"
	_ "io"
	_ "os"
	_ "time"
)
