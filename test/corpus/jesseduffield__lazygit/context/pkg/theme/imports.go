// Import list of package theme in pkg/theme of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package theme

import (
	_ "github.com/gookit/color"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/gui/style"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
)
