// Import list of package cachex in oryx/cachex of ory/hydra (the import blocks of its non-test files; no code kept)
package cachex

import (
	_ "github.com/dgraph-io/ristretto/v2"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "net/http"
	_ "strings"
)
