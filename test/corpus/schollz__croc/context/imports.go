// Import list of package main in . of schollz/croc (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/schollz/croc/v11/src/cli"
	_ "github.com/schollz/croc/v11/src/utils"
	_ "os"
	_ "os/signal"
	_ "syscall"
)
