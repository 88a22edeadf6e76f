// Import list of package bisect in pkg/integration/tests/bisect of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package bisect

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
