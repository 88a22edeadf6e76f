// Import list of package staging in pkg/integration/tests/staging of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package staging

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
