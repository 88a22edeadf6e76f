// Import list of package demo in pkg/integration/tests/demo of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package demo

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
