// Import list of package app in pkg/app/types of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package app

import (
	_ "github.com/jesseduffield/lazygit/pkg/integration/types"
)
