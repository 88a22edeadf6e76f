// Import list of package version in src/version of schollz/croc (the import blocks of its non-test files; no code kept)
package version

import (
)
