// Import list of package main in cmd/clidoc of ory/hydra (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/ory/hydra/v2/cmd"
	_ "github.com/ory/x/clidoc"
	_ "os"
)
