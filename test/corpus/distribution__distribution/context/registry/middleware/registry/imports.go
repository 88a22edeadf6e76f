// Import list of package middleware in registry/middleware/registry of distribution/distribution (the import blocks of its non-test files; no code kept)
package middleware

import (
	_ "context"
	_ "fmt"
	_ "github.com/distribution/distribution/v3"
	_ "github.com/distribution/distribution/v3/registry/storage"
	_ "github.com/distribution/distribution/v3/registry/storage/driver"
)
