// Import list of package frontend in frontend of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package frontend

import (
	_ "embed"
)
