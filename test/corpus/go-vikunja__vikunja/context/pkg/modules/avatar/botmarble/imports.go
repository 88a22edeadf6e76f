// Import list of package botmarble in pkg/modules/avatar/botmarble of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package botmarble

import (
	_ "code.vikunja.io/api/pkg/modules/avatar/marble"
	_ "code.vikunja.io/api/pkg/user"
)
