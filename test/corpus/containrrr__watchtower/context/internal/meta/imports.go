// Import list of package meta in internal/meta of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package meta

import (
)
