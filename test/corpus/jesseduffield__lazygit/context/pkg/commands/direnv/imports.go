// Import list of package direnv in pkg/commands/direnv of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package direnv

import (
	_ "bytes"
	_ "encoding/json"
	_ "github.com/jesseduffield/lazygit/pkg/commands/oscommands"
	_ "os"
	_ "os/exec"
	_ "strings"
)
