// Import list of package progress in util/progress of docker/buildx (the import blocks of its non-test files; no code kept)
package progress

import (
	_ "context"
	_ "github.com/docker/buildx/util/logutil"
	_ "github.com/docker/buildx/util/metricutil"
	_ "github.com/mitchellh/hashstructure/v2"
	_ "github.com/moby/buildkit/client"
	_ "github.com/moby/buildkit/identity"
	_ "github.com/moby/buildkit/util/progress/progressui"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/sirupsen/logrus"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/metric"
	_ "golang.org/x/text/cases"
	_ "golang.org/x/text/language"
	_ "io"
	_ "os"
	_ "regexp"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "time"
)
