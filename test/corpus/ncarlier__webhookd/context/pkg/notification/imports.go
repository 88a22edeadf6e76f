// Import list of package notification in pkg/notification of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package notification

import (
	_ "fmt"
	_ "log/slog"
	_ "net/url"
)
