// Import list of package config in pkg/integration/tests/config of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package config

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "path/filepath"
)
