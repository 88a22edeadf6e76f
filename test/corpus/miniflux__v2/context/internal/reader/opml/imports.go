// Import list of package opml in internal/reader/opml of miniflux/v2 (the import blocks of its non-test files; no code kept)
package opml

import (
	_ "bufio"
	_ "bytes"
	_ "encoding/xml"
	_ "fmt"
	_ "io"
	_ "log/slog"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/reader/encoding"
	_ "miniflux.app/v2/internal/storage"
	_ "miniflux.app/v2/internal/validator"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
