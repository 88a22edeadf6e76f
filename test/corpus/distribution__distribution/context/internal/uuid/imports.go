// Import list of package uuid in internal/uuid of distribution/distribution (the import blocks of its non-test files; no code kept)
package uuid

import (
	_ "github.com/google/uuid"
)
