// Import list of package hook in service/hook of drone/drone (the import blocks of its non-test files; no code kept)
package hook

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
	_ "net/url"
	_ "time"
)
