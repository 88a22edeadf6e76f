// Import list of package snake in pkg/snake of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package snake

import (
	_ "github.com/samber/lo"
	_ "math/rand"
	_ "time"
)
