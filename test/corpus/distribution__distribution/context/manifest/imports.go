// Import list of package manifest in manifest of distribution/distribution (the import blocks of its non-test files; no code kept)
package manifest

import (
)
