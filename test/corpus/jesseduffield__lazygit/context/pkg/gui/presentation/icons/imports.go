// Import list of package icons in pkg/gui/presentation/icons of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package icons

import (
	_ "github.com/jesseduffield/lazygit/pkg/commands/models"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/samber/lo"
	_ "log"
	_ "path/filepath"
	_ "strings"
)
