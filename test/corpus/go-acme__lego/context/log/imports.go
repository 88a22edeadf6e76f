// Import list of package log in log of go-acme/lego (the import blocks of its non-test files; no code kept)
package log

import (
	_ "context"
	_ "fmt"
	_ "log/slog"
	_ "math"
	_ "os"
	_ "strings"
	_ "sync/atomic"
	_ "time"
)
