// Import list of package storagemiddleware in registry/storage/driver/middleware of distribution/distribution (the import blocks of its non-test files; no code kept)
package storagemiddleware

import (
	_ "context"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/registry/storage/driver"
)
