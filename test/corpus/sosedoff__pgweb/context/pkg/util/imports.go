// Import list of package util in pkg/util of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package util

import (
	_ "log"
	_ "os"
	_ "runtime"
	_ "time"
)
