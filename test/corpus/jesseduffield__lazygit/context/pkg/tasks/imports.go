// Import list of package tasks in pkg/tasks of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package tasks

import (
	_ "bufio"
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/commands/oscommands"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/sasha-s/go-deadlock"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "os"
	_ "os/exec"
	_ "strconv"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
