// Import list of package helpers in pkg/registry/helpers of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package helpers

import (
	_ "github.com/distribution/reference"
)
