// Import list of package error in pkg/modules/keyvalue/error of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package error

import (
	_ "fmt"
)
