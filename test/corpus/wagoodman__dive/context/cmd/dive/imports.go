// Import list of package main in cmd/dive of wagoodman/dive (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/anchore/clio"
	_ "github.com/wagoodman/dive/cmd/dive/cli"
)
