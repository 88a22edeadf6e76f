// Import list of package history in pkg/history of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package history

import (
	_ "time"
)
