// Import list of package internal in internal of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "embed"
)
