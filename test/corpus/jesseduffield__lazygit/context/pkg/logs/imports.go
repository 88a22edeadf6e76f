// Import list of package logs in pkg/logs of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package logs

import (
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "log"
	_ "os"
	_ "sync"
	_ "time"
)
