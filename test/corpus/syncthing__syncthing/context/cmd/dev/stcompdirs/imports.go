// Import list of package main in cmd/dev/stcompdirs of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "crypto/sha256"
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "io"
	_ "log"
	_ "os"
	_ "path/filepath"
)
