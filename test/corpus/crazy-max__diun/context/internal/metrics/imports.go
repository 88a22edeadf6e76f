// Import list of package metrics in internal/metrics of crazy-max/diun (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "context"
	_ "crypto/sha256"
	_ "crypto/subtle"
	_ "errors"
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/secret"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/collectors"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/rs/zerolog/log"
	_ "net"
	_ "net/http"
	_ "strings"
	_ "sync"
	_ "time"
)
