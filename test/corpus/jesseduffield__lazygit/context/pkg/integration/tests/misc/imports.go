// Import list of package misc in pkg/integration/tests/misc of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package misc

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "os"
	_ "path/filepath"
)
