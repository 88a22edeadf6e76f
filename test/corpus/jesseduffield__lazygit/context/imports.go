// Import list of package main in . of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/jesseduffield/lazygit/pkg/app"
)
