// Import list of package commands in pkg/commands of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package commands

import (
	_ "github.com/go-errors/errors"
	_ "github.com/jesseduffield/lazygit/pkg/commands/git_commands"
	_ "github.com/jesseduffield/lazygit/pkg/commands/git_config"
	_ "github.com/jesseduffield/lazygit/pkg/commands/oscommands"
	_ "github.com/jesseduffield/lazygit/pkg/commands/patch"
	_ "github.com/jesseduffield/lazygit/pkg/common"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/env"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/sirupsen/logrus"
	_ "os"
	_ "strings"
	_ "time"
)
