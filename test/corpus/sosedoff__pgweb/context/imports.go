// Import list of package main in . of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/sosedoff/pgweb/pkg/cli"
)
