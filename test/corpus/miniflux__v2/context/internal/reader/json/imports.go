// Import list of package json in internal/reader/json of miniflux/v2 (the import blocks of its non-test files; no code kept)
package json

import (
	_ "cmp"
	_ "encoding/json"
	_ "fmt"
	_ "html"
	_ "io"
	_ "log/slog"
	_ "miniflux.app/v2/internal/crypto"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/reader/date"
	_ "miniflux.app/v2/internal/reader/language"
	_ "miniflux.app/v2/internal/reader/sanitizer"
	_ "miniflux.app/v2/internal/urllib"
	_ "slices"
	_ "strings"
	_ "time"
)
