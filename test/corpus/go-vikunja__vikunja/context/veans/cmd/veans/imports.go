// Import list of package main in veans/cmd/veans of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package main

import (
	_ "code.vikunja.io/veans/internal/client"
	_ "code.vikunja.io/veans/internal/commands"
	_ "fmt"
	_ "os"
	_ "runtime"
)
