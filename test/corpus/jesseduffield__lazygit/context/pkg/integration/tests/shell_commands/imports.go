// Import list of package shell_commands in pkg/integration/tests/shell_commands of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package shell_commands

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
