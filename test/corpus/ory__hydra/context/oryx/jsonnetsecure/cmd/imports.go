// Import list of package main in oryx/jsonnetsecure/cmd of ory/hydra (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "fmt"
	_ "github.com/ory/x/jsonnetsecure"
	_ "os"
)
