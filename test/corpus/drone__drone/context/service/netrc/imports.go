// Import list of package netrc in service/netrc of drone/drone (the import blocks of its non-test files; no code kept)
package netrc

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
)
