// Import list of package googleplay in internal/reader/googleplay of miniflux/v2 (the import blocks of its non-test files; no code kept)
package googleplay

import (
)
