// Import list of package main in cmd/i18n of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package main

import (
	_ "encoding/json"
	_ "github.com/jesseduffield/lazygit/pkg/i18n"
	_ "log"
	_ "os"
)
