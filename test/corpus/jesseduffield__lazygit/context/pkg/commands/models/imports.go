// Import list of package models in pkg/commands/models of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package models

import (
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/i18n"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/samber/lo"
	_ "github.com/stefanhaller/git-todo-parser/todo"
	_ "path/filepath"
	_ "sync/atomic"
)
