// Import list of package filter_by_path in pkg/integration/tests/filter_by_path of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package filter_by_path

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
