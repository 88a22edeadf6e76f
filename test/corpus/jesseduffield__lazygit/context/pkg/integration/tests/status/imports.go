// Import list of package status in pkg/integration/tests/status of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package status

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
