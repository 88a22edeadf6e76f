// Import list of package popup in pkg/gui/popup of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package popup

import (
	_ "context"
	_ "errors"
	_ "github.com/jesseduffield/lazygit/pkg/common"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/gui/style"
	_ "github.com/jesseduffield/lazygit/pkg/gui/types"
	_ "strings"
)
