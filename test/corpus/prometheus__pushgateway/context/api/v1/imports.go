// Import list of package v1 in api/v1 of prometheus/pushgateway (the import blocks of its non-test files; no code kept)
package v1

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/prometheus/client_model/go"
	_ "github.com/prometheus/common/promslog"
	_ "github.com/prometheus/common/route"
	_ "github.com/prometheus/pushgateway/handler"
	_ "github.com/prometheus/pushgateway/histogram"
	_ "github.com/prometheus/pushgateway/storage"
	_ "log/slog"
	_ "net/http"
	_ "time"
)
