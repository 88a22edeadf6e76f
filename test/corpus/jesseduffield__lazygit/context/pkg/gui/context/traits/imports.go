// Import list of package traits in pkg/gui/context/traits of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package traits

import (
	_ "github.com/jesseduffield/lazygit/pkg/gui/types"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/samber/lo"
)
