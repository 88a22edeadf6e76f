// Import list of package filter in internal/reader/filter of miniflux/v2 (the import blocks of its non-test files; no code kept)
package filter

import (
	_ "log/slog"
	_ "miniflux.app/v2/internal/model"
	_ "regexp"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
