// Import list of package filter_and_search in pkg/integration/tests/filter_and_search of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package filter_and_search

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
