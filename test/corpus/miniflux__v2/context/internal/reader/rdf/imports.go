// Import list of package rdf in internal/reader/rdf of miniflux/v2 (the import blocks of its non-test files; no code kept)
package rdf

import (
	_ "encoding/xml"
	_ "fmt"
	_ "html"
	_ "io"
	_ "log/slog"
	_ "miniflux.app/v2/internal/crypto"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/reader/date"
	_ "miniflux.app/v2/internal/reader/dublincore"
	_ "miniflux.app/v2/internal/reader/language"
	_ "miniflux.app/v2/internal/reader/sanitizer"
	_ "miniflux.app/v2/internal/reader/xml"
	_ "miniflux.app/v2/internal/urllib"
	_ "strings"
	_ "time"
)
