// Import list of package diff in pkg/integration/tests/diff of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package diff

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "os"
)
