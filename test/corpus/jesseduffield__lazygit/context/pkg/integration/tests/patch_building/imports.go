// Import list of package patch_building in pkg/integration/tests/patch_building of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package patch_building

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
