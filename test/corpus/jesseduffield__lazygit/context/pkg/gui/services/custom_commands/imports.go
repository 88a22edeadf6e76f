// Import list of package custom_commands in pkg/gui/services/custom_commands of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package custom_commands

import (
	_ "bytes"
	_ "errors"
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/commands/models"
	_ "github.com/jesseduffield/lazygit/pkg/common"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/gui/context"
	_ "github.com/jesseduffield/lazygit/pkg/gui/controllers/helpers"
	_ "github.com/jesseduffield/lazygit/pkg/gui/style"
	_ "github.com/jesseduffield/lazygit/pkg/gui/types"
	_ "github.com/jesseduffield/lazygit/pkg/i18n"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/samber/lo"
	_ "github.com/stefanhaller/git-todo-parser/todo"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "text/template"
)
