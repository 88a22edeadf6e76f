// Import list of package shared in pkg/shared of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package shared

import (
	_ "fmt"
)
