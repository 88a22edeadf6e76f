// Import list of package checks in health/checks of distribution/distribution (the import blocks of its non-test files; no code kept)
package checks

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/health"
	_ "net"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "time"
)
