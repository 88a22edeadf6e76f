// Import list of package sink in metric/sink of drone/drone (the import blocks of its non-test files; no code kept)
package sink

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/version"
	_ "net/http"
	_ "time"
)
