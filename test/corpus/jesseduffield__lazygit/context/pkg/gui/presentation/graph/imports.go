// Import list of package graph in pkg/gui/presentation/graph of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package graph

import (
	_ "cmp"
	_ "github.com/gookit/color"
	_ "github.com/jesseduffield/generics/set"
	_ "github.com/jesseduffield/lazygit/pkg/commands/models"
	_ "github.com/jesseduffield/lazygit/pkg/gui/style"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/samber/lo"
	_ "io"
	_ "runtime"
	_ "slices"
	_ "strings"
	_ "sync"
)
