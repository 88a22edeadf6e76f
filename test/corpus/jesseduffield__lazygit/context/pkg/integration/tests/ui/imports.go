// Import list of package ui in pkg/integration/tests/ui of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package ui

import (
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "github.com/jesseduffield/lazygit/pkg/integration/tests/shared"
	_ "path/filepath"
)
