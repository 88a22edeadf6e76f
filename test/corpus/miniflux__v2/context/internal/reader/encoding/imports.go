// Import list of package encoding in internal/reader/encoding of miniflux/v2 (the import blocks of its non-test files; no code kept)
package encoding

import (
	_ "bytes"
	_ "fmt"
	_ "golang.org/x/net/html/charset"
	_ "io"
	_ "unicode/utf8"
)
