// Import list of package file in pkg/integration/tests/file of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package file

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "os"
)
