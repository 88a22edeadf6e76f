// Import list of package validator in internal/validator of miniflux/v2 (the import blocks of its non-test files; no code kept)
package validator

import (
	_ "errors"
	_ "fmt"
	_ "log/slog"
	_ "miniflux.app/v2/internal/locale"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/storage"
	_ "miniflux.app/v2/internal/timezone"
	_ "miniflux.app/v2/internal/urllib"
	_ "regexp"
	_ "slices"
	_ "strings"
	_ "unicode"
)
