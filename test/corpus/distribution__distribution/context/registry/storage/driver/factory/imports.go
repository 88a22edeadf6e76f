// Import list of package factory in registry/storage/driver/factory of distribution/distribution (the import blocks of its non-test files; no code kept)
package factory

import (
	_ "context"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/registry/storage/driver"
)
