// Import list of package tag in pkg/integration/tests/tag of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package tag

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
