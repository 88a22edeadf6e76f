// Import list of package contents in service/content of drone/drone (the import blocks of its non-test files; no code kept)
package contents

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
	_ "strings"
	_ "time"
)
