// Import list of package commit in pkg/integration/tests/commit of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package commit

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "github.com/jesseduffield/lazygit/pkg/integration/tests/shared"
)
