// Import list of package atom in internal/reader/atom of miniflux/v2 (the import blocks of its non-test files; no code kept)
package atom

import (
	_ "cmp"
	_ "encoding/base64"
	_ "encoding/xml"
	_ "fmt"
	_ "html"
	_ "io"
	_ "log/slog"
	_ "miniflux.app/v2/internal/crypto"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/reader/date"
	_ "miniflux.app/v2/internal/reader/language"
	_ "miniflux.app/v2/internal/reader/media"
	_ "miniflux.app/v2/internal/reader/sanitizer"
	_ "miniflux.app/v2/internal/reader/xml"
	_ "miniflux.app/v2/internal/urllib"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
