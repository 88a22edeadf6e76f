// Import list of package log in pkg/log of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package log

import (
	_ "fmt"
	_ "github.com/ThreeDotsLabs/watermill"
	_ "github.com/wneessen/go-mail/log"
	_ "io"
	_ "log/slog"
	_ "os"
	_ "strings"
	_ "xorm.io/xorm/log"
)
