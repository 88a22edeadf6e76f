// Import list of package cheatsheet in pkg/cheatsheet of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package cheatsheet

import (
	_ "cmp"
	_ "fmt"
	_ "github.com/jesseduffield/generics/maps"
	_ "github.com/jesseduffield/lazycore/pkg/utils"
	_ "github.com/jesseduffield/lazygit/pkg/app"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/gui/types"
	_ "github.com/jesseduffield/lazygit/pkg/i18n"
	_ "github.com/samber/lo"
	_ "log"
	_ "os"
	_ "slices"
	_ "strings"
)
