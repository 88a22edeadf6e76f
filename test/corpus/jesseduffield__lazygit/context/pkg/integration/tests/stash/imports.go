// Import list of package stash in pkg/integration/tests/stash of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package stash

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
