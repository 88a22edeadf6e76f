// Import list of package static in internal/ui/static of miniflux/v2 (the import blocks of its non-test files; no code kept)
package static

import (
	_ "bytes"
	_ "embed"
	_ "github.com/tdewolff/minify/v2"
	_ "github.com/tdewolff/minify/v2/css"
	_ "github.com/tdewolff/minify/v2/js"
	_ "github.com/tdewolff/minify/v2/svg"
	_ "log/slog"
	_ "miniflux.app/v2/internal/crypto"
	_ "slices"
	_ "strings"
)
