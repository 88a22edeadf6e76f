// Import list of package conflicts in pkg/integration/tests/conflicts of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package conflicts

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "github.com/jesseduffield/lazygit/pkg/integration/tests/shared"
	_ "strings"
)
