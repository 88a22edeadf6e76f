// Import list of package metrics in pkg/metrics of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/modules/keyvalue"
	_ "code.vikunja.io/api/pkg/web"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/collectors"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "strconv"
	_ "strings"
	_ "time"
)
