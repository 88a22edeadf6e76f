// Import list of package compress in src/compress of schollz/croc (the import blocks of its non-test files; no code kept)
package compress

import (
	_ "bytes"
	_ "compress/flate"
	_ "errors"
	_ "fmt"
	_ "github.com/schollz/logger"
	_ "io"
	_ "sync"
)
