// Import list of package patch in pkg/commands/patch of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package patch

import (
	_ "fmt"
	_ "github.com/jesseduffield/generics/maps"
	_ "github.com/jesseduffield/generics/set"
	_ "github.com/jesseduffield/lazygit/pkg/gui/style"
	_ "github.com/jesseduffield/lazygit/pkg/theme"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/samber/lo"
	_ "github.com/sasha-s/go-deadlock"
	_ "github.com/sirupsen/logrus"
	_ "regexp"
	_ "sort"
	_ "strings"
)
