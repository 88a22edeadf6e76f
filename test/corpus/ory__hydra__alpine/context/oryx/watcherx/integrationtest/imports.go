// Import list of package main in oryx/watcherx/integrationtest of ory/hydra (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "fmt"
	_ "github.com/ory/x/watcherx"
	_ "io"
	_ "os"
)
