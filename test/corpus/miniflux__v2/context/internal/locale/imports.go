// Import list of package locale in internal/locale of miniflux/v2 (the import blocks of its non-test files; no code kept)
package locale

import (
	_ "embed"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "sync"
)
