// Import list of package tail in pkg/logs/tail of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package tail

import (
	_ "fmt"
	_ "github.com/aybabtme/humanlog"
	_ "log"
	_ "os"
	_ "os/exec"
	_ "time"
)
