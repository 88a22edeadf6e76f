// Import list of package cherry_pick in pkg/integration/tests/cherry_pick of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package cherry_pick

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "github.com/jesseduffield/lazygit/pkg/integration/tests/shared"
)
