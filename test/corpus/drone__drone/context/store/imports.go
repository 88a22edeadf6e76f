// Import list of package store in store of drone/drone (the import blocks of its non-test files; no code kept)
package store

import (
)
