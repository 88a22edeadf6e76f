// Import list of package version in version of distribution/distribution (the import blocks of its non-test files; no code kept)
package version

import (
	_ "fmt"
	_ "io"
	_ "os"
)
