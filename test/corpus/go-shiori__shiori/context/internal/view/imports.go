// Import list of package views in internal/view of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package views

import (
	_ "embed"
)
