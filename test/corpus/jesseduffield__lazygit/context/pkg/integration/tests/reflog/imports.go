// Import list of package reflog in pkg/integration/tests/reflog of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package reflog

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
