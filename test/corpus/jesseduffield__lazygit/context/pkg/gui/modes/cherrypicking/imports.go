// Import list of package cherrypicking in pkg/gui/modes/cherrypicking of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package cherrypicking

import (
	_ "github.com/jesseduffield/generics/set"
	_ "github.com/jesseduffield/lazygit/pkg/commands/models"
	_ "github.com/samber/lo"
)
