// Import list of package remote in pkg/integration/tests/remote of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package remote

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
