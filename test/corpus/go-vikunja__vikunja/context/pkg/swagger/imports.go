// Import list of package swagger in pkg/swagger of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package swagger

import (
	_ "github.com/swaggo/swag"
)
