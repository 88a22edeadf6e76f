// Import list of package sync in pkg/integration/tests/sync of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package sync

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
