// Import list of package shared in pkg/integration/tests/shared of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package shared

import (
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
)
