// Import list of package main in . of ory/hydra (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/ory/hydra/v2/cmd"
	_ "github.com/ory/x/profilex"
)
