// Import list of package env in pkg/env of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package env

import (
	_ "os"
	_ "strings"
)
