// Import list of package types in pkg/integration/types of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package types

import (
	_ "github.com/jesseduffield/lazygit/pkg/commands/models"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/gui/types"
)
