// Import list of package clients in pkg/integration/clients of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package clients

import (
	_ "errors"
	_ "fmt"
	_ "github.com/jesseduffield/lazycore/pkg/utils"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/gui"
	_ "github.com/jesseduffield/lazygit/pkg/gui/style"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "github.com/jesseduffield/lazygit/pkg/integration/tests"
	_ "github.com/samber/lo"
	_ "log"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "regexp"
	_ "strconv"
	_ "strings"
)
