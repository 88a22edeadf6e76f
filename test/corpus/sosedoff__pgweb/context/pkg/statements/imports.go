// Import list of package statements in pkg/statements of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package statements

import (
	_ "embed"
)
