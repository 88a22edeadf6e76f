// Import list of package branch in pkg/integration/tests/branch of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package branch

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "github.com/jesseduffield/lazygit/pkg/integration/tests/shared"
	_ "github.com/samber/lo"
)
