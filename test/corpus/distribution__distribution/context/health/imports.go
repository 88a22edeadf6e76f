// Import list of package health in health of distribution/distribution (the import blocks of its non-test files; no code kept)
package health

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/internal/dcontext"
	_ "github.com/distribution/distribution/v3/registry/api/errcode"
	_ "net/http"
	_ "sync"
	_ "time"
)
