// Import list of package logrusx in oryx/logrusx of ory/hydra (the import blocks of its non-test files; no code kept)
package logrusx

import (
	_ "bytes"
	_ "cmp"
	_ "context"
	_ "embed"
	_ "errors"
	_ "fmt"
	_ "github.com/ory/x/errorsx"
	_ "github.com/ory/x/stringsx"
	_ "github.com/seatgeek/logrus-gelf-formatter"
	_ "github.com/sirupsen/logrus"
	_ "go.opentelemetry.io/contrib/instrumentation/net/http/httptrace/otelhttptrace"
	_ "go.opentelemetry.io/otel/propagation"
	_ "go.opentelemetry.io/otel/trace"
	_ "io"
	_ "log"
	_ "maps"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "reflect"
	_ "strings"
	_ "sync"
	_ "testing"
	_ "time"
)
