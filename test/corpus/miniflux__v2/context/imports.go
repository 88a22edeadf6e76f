// Import list of package main in . of miniflux/v2 (the import blocks of its non-test files; no code kept)
package main

import (
	_ "miniflux.app/v2/internal/cli"
)
