// Import list of package main in internal/suites/example/compose/authelia/resources of authelia/authelia (the import blocks of its non-test files; no code kept)
package main

import (
	_ "log"
	_ "os"
	_ "os/exec"
)
