// Import list of package filter_by_author in pkg/integration/tests/filter_by_author of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package filter_by_author

import (
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "strings"
)
