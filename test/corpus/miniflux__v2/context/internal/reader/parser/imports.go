// Import list of package parser in internal/reader/parser of miniflux/v2 (the import blocks of its non-test files; no code kept)
package parser

import (
	_ "encoding/xml"
	_ "errors"
	_ "io"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/reader/atom"
	_ "miniflux.app/v2/internal/reader/json"
	_ "miniflux.app/v2/internal/reader/rdf"
	_ "miniflux.app/v2/internal/reader/rss"
	_ "miniflux.app/v2/internal/reader/xml"
	_ "unicode"
)
