// Import list of package handler in handler of prometheus/pushgateway (the import blocks of its non-test files; no code kept)
package handler

import (
	_ "bufio"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/prometheus/client_model/go"
	_ "github.com/prometheus/common/expfmt"
	_ "github.com/prometheus/common/model"
	_ "github.com/prometheus/common/route"
	_ "github.com/prometheus/common/server"
	_ "github.com/prometheus/common/version"
	_ "github.com/prometheus/pushgateway/histogram"
	_ "github.com/prometheus/pushgateway/storage"
	_ "google.golang.org/protobuf/encoding/protodelim"
	_ "html"
	_ "html/template"
	_ "io"
	_ "log/slog"
	_ "mime"
	_ "net/http"
	_ "strconv"
	_ "strings"
	_ "time"
)
