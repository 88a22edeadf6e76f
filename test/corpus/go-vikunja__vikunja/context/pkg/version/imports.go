// Import list of package version in pkg/version of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package version

import (
	_ "code.vikunja.io/api/pkg/swagger"
)
