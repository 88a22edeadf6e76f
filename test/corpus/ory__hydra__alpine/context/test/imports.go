// Import list of package main in test of ory/hydra (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "fmt"
	_ "github.com/ory/hydra/v2/flow"
	_ "github.com/ory/pop/v6"
)
