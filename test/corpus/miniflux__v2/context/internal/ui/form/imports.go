// Import list of package form in internal/ui/form of miniflux/v2 (the import blocks of its non-test files; no code kept)
package form

import (
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/locale"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/urllib"
	_ "miniflux.app/v2/internal/validator"
	_ "net/http"
	_ "strconv"
	_ "strings"
)
