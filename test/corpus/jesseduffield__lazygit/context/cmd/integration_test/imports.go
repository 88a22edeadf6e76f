// Import list of package main in cmd/integration_test of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/integration/clients"
	_ "log"
	_ "os"
)
