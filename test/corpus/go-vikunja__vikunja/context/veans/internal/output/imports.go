// Import list of package output in veans/internal/output of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package output

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "os"
)
