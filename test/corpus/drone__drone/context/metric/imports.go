// Import list of package metric in metric of drone/drone (the import blocks of its non-test files; no code kept)
package metric

import (
	_ "context"
	_ "errors"
	_ "github.com/drone/drone/core"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "net/http"
)
