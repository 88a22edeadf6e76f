// Import list of package git_config in pkg/commands/git_config of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package git_config

import (
	_ "bytes"
	_ "errors"
	_ "fmt"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "os/exec"
	_ "strings"
	_ "sync"
	_ "syscall"
)
