// Import list of package proxy in oryx/proxy of ory/hydra (the import blocks of its non-test files; no code kept)
package proxy

import (
	_ "bytes"
	_ "compress/gzip"
	_ "context"
	_ "github.com/pkg/errors"
	_ "github.com/rs/cors"
	_ "go.opentelemetry.io/otel"
	_ "go.opentelemetry.io/otel/trace"
	_ "io"
	_ "log"
	_ "net/http"
	_ "net/http/httputil"
	_ "net/url"
	_ "path"
	_ "strings"
)
