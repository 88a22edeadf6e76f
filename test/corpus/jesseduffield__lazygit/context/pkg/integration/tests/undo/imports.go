// Import list of package undo in pkg/integration/tests/undo of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package undo

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
