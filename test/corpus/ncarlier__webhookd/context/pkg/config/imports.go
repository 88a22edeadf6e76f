// Import list of package config in pkg/config of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package config

import (
	_ "flag"
	_ "fmt"
	_ "github.com/ncarlier/webhookd/pkg/helper"
	_ "log/slog"
	_ "os"
	_ "regexp"
)
