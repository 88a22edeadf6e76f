// Import list of package interactive_rebase in pkg/integration/tests/interactive_rebase of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package interactive_rebase

import (
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "github.com/jesseduffield/lazygit/pkg/integration/tests/shared"
)
