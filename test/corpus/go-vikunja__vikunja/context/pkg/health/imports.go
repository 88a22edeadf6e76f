// Import list of package health in pkg/health of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package health

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/red"
	_ "context"
	_ "errors"
)
