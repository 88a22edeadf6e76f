// Import list of package daemon in pkg/app/daemon of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package daemon

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/common"
	_ "github.com/jesseduffield/lazygit/pkg/env"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/samber/lo"
	_ "github.com/stefanhaller/git-todo-parser/todo"
	_ "log"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
)
