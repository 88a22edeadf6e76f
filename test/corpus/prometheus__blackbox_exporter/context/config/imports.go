// Import list of package config in config of prometheus/blackbox_exporter (the import blocks of its non-test files; no code kept)
package config

import (
	_ "crypto/sha256"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "github.com/alecthomas/units"
	_ "github.com/google/cel-go/cel"
	_ "github.com/miekg/dns"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "github.com/prometheus/common/config"
	_ "go.yaml.in/yaml/v3"
	_ "google.golang.org/grpc/metadata"
	_ "log/slog"
	_ "math"
	_ "net/textproto"
	_ "os"
	_ "regexp"
	_ "runtime"
	_ "slices"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
