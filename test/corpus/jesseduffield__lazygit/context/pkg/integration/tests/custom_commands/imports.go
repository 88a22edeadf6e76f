// Import list of package custom_commands in pkg/integration/tests/custom_commands of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package custom_commands

import (
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "github.com/jesseduffield/lazygit/pkg/integration/tests/shared"
)
