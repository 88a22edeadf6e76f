// Import list of package patch_exploring in pkg/gui/patch_exploring of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package patch_exploring

import (
	_ "github.com/jesseduffield/generics/set"
	_ "github.com/jesseduffield/lazygit/pkg/commands/patch"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/samber/lo"
	_ "strings"
)
