// Import list of package submodule in pkg/integration/tests/submodule of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package submodule

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "path/filepath"
)
