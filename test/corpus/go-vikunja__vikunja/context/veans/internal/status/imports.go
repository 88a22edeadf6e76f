// Import list of package status in veans/internal/status of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package status

import (
	_ "code.vikunja.io/veans/internal/config"
	_ "code.vikunja.io/veans/internal/output"
	_ "fmt"
	_ "strings"
)
