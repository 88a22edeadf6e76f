// Import list of package types in pkg/gui/types of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package types

import (
	_ "errors"
	_ "github.com/jesseduffield/lazygit/pkg/commands"
	_ "github.com/jesseduffield/lazygit/pkg/commands/git_commands"
	_ "github.com/jesseduffield/lazygit/pkg/commands/models"
	_ "github.com/jesseduffield/lazygit/pkg/commands/oscommands"
	_ "github.com/jesseduffield/lazygit/pkg/common"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/gui/modes/cherrypicking"
	_ "github.com/jesseduffield/lazygit/pkg/gui/modes/diffing"
	_ "github.com/jesseduffield/lazygit/pkg/gui/modes/filtering"
	_ "github.com/jesseduffield/lazygit/pkg/gui/modes/marked_base_commit"
	_ "github.com/jesseduffield/lazygit/pkg/gui/patch_exploring"
	_ "github.com/jesseduffield/lazygit/pkg/gui/style"
	_ "github.com/jesseduffield/lazygit/pkg/i18n"
	_ "github.com/jesseduffield/lazygit/pkg/tasks"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/sasha-s/go-deadlock"
	_ "os/exec"
	_ "regexp"
	_ "strconv"
)
