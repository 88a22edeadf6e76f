// Import list of package swagger in docs/swagger of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package swagger

import (
	_ "github.com/swaggo/swag"
)
