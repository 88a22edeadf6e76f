// Import list of package xml in internal/reader/xml of miniflux/v2 (the import blocks of its non-test files; no code kept)
package xml

import (
	_ "bytes"
	_ "encoding/xml"
	_ "fmt"
	_ "io"
	_ "miniflux.app/v2/internal/reader/encoding"
	_ "unicode/utf8"
)
