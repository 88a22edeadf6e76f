// Import list of package cache in service/content/cache of drone/drone (the import blocks of its non-test files; no code kept)
package cache

import (
	_ "context"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/hashicorp/golang-lru"
)
