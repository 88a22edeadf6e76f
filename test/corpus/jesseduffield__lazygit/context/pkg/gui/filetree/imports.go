// Import list of package filetree in pkg/gui/filetree of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package filetree

import (
	_ "fmt"
	_ "github.com/jesseduffield/generics/set"
	_ "github.com/jesseduffield/lazygit/pkg/commands/models"
	_ "github.com/jesseduffield/lazygit/pkg/common"
	_ "github.com/jesseduffield/lazygit/pkg/gui/context/traits"
	_ "github.com/jesseduffield/lazygit/pkg/gui/mergeconflicts"
	_ "github.com/jesseduffield/lazygit/pkg/gui/types"
	_ "github.com/jesseduffield/lazygit/pkg/i18n"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/sahilm/fuzzy"
	_ "github.com/samber/lo"
	_ "path"
	_ "slices"
	_ "sort"
	_ "strings"
)
