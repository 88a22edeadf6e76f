// Import list of package scheduler in registry/proxy/scheduler of distribution/distribution (the import blocks of its non-test files; no code kept)
package scheduler

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/internal/dcontext"
	_ "github.com/distribution/distribution/v3/registry/storage/driver"
	_ "github.com/distribution/reference"
	_ "sync"
	_ "time"
)
