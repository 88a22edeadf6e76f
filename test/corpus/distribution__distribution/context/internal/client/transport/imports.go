// Import list of package transport in internal/client/transport of distribution/distribution (the import blocks of its non-test files; no code kept)
package transport

import (
	_ "compress/flate"
	_ "compress/gzip"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/klauspost/compress/zstd"
	_ "io"
	_ "math"
	_ "net/http"
	_ "regexp"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "unicode"
)
