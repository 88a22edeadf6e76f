// Import list of package secret in internal/secret of crazy-max/diun (the import blocks of its non-test files; no code kept)
package secret

import (
	_ "os"
)
