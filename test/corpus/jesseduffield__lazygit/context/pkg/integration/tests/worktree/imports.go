// Import list of package worktree in pkg/integration/tests/worktree of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package worktree

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "os"
	_ "path/filepath"
)
