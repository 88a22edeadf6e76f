// Import list of package histogram in histogram of prometheus/pushgateway (the import blocks of its non-test files; no code kept)
package histogram

import (
	_ "fmt"
	_ "github.com/prometheus/client_model/go"
	_ "github.com/prometheus/prometheus/model/histogram"
)
