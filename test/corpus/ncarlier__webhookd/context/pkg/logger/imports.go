// Import list of package logger in pkg/logger of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package logger

import (
	_ "context"
	_ "log/slog"
	_ "os"
)
