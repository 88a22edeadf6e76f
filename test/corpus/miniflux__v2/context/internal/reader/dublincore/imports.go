// Import list of package dublincore in internal/reader/dublincore of miniflux/v2 (the import blocks of its non-test files; no code kept)
package dublincore

import (
)
