// Import list of package notifications in notifications of distribution/distribution (the import blocks of its non-test files; no code kept)
package notifications

import (
	_ "bytes"
	_ "container/list"
	_ "context"
	_ "encoding/json"
	_ "expvar"
	_ "fmt"
	_ "github.com/distribution/distribution/v3"
	_ "github.com/distribution/distribution/v3/configuration"
	_ "github.com/distribution/distribution/v3/internal/dcontext"
	_ "github.com/distribution/distribution/v3/internal/requestutil"
	_ "github.com/distribution/distribution/v3/internal/uuid"
	_ "github.com/distribution/distribution/v3/metrics"
	_ "github.com/distribution/reference"
	_ "github.com/docker/go-events"
	_ "github.com/docker/go-metrics"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "maps"
	_ "net/http"
	_ "sync"
	_ "time"
)
