// Import list of package version in internal/version of miniflux/v2 (the import blocks of its non-test files; no code kept)
package version

import (
	_ "runtime/debug"
)
