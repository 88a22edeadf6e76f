// Import list of package token in service/token of drone/drone (the import blocks of its non-test files; no code kept)
package token

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
	_ "github.com/drone/go-scm/scm/transport/oauth2"
	_ "time"
)
