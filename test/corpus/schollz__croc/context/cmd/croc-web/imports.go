// Import list of package main in cmd/croc-web of schollz/croc (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "fmt"
	_ "github.com/schollz/croc/v11/src/webcli"
	_ "os"
	_ "os/signal"
	_ "syscall"
)
