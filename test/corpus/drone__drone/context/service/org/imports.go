// Import list of package orgs in service/org of drone/drone (the import blocks of its non-test files; no code kept)
package orgs

import (
	_ "context"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
	_ "github.com/hashicorp/golang-lru"
	_ "sync"
	_ "time"
)
