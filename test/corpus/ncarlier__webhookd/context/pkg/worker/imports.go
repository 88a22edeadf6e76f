// Import list of package worker in pkg/worker of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package worker

import (
	_ "fmt"
	_ "github.com/ncarlier/webhookd/pkg/metric"
	_ "github.com/ncarlier/webhookd/pkg/notification"
	_ "log/slog"
)
