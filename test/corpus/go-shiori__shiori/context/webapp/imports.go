// Import list of package webapp in webapp of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package webapp

import (
	_ "embed"
)
