// Import list of package presentation in pkg/gui/presentation of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package presentation

import (
	_ "fmt"
	_ "github.com/gookit/color"
	_ "github.com/jesseduffield/generics/set"
	_ "github.com/jesseduffield/lazygit/pkg/commands/git_commands"
	_ "github.com/jesseduffield/lazygit/pkg/commands/models"
	_ "github.com/jesseduffield/lazygit/pkg/commands/patch"
	_ "github.com/jesseduffield/lazygit/pkg/common"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/gui/filetree"
	_ "github.com/jesseduffield/lazygit/pkg/gui/presentation/authors"
	_ "github.com/jesseduffield/lazygit/pkg/gui/presentation/graph"
	_ "github.com/jesseduffield/lazygit/pkg/gui/presentation/icons"
	_ "github.com/jesseduffield/lazygit/pkg/gui/style"
	_ "github.com/jesseduffield/lazygit/pkg/gui/types"
	_ "github.com/jesseduffield/lazygit/pkg/i18n"
	_ "github.com/jesseduffield/lazygit/pkg/theme"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/kyokomi/emoji/v2"
	_ "github.com/samber/lo"
	_ "github.com/sasha-s/go-deadlock"
	_ "github.com/stefanhaller/git-todo-parser/todo"
	_ "regexp"
	_ "strings"
	_ "time"
)
