// Import list of package components in pkg/integration/components of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package components

import (
	_ "errors"
	_ "fmt"
	_ "github.com/jesseduffield/lazycore/pkg/utils"
	_ "github.com/jesseduffield/lazygit/pkg/commands/git_commands"
	_ "github.com/jesseduffield/lazygit/pkg/commands/oscommands"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/integration/types"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/samber/lo"
	_ "io"
	_ "log"
	_ "math/rand"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "regexp"
	_ "runtime"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
