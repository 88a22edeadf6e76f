// Import list of package digestset in digestset of distribution/distribution (the import blocks of its non-test files; no code kept)
package digestset

import (
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/go-digest/digestset"
)
