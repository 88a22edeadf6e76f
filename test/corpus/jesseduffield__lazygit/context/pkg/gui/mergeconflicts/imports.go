// Import list of package mergeconflicts in pkg/gui/mergeconflicts of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package mergeconflicts

import (
	_ "bufio"
	_ "bytes"
	_ "github.com/jesseduffield/lazygit/pkg/gui/style"
	_ "github.com/jesseduffield/lazygit/pkg/theme"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/samber/lo"
	_ "io"
	_ "os"
	_ "strings"
)
