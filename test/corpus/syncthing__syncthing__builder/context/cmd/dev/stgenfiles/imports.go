// Import list of package main in cmd/dev/stgenfiles of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "io"
	_ "log"
	_ "math/rand"
	_ "os"
	_ "path/filepath"
	_ "time"
)
