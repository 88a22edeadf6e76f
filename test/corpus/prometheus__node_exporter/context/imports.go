// Import list of package main in . of prometheus/node_exporter (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/alecthomas/kingpin/v2"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/collectors"
	_ "github.com/prometheus/client_golang/prometheus/collectors/version"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/prometheus/common/promslog"
	_ "github.com/prometheus/common/promslog/flag"
	_ "github.com/prometheus/common/version"
	_ "github.com/prometheus/exporter-toolkit/web"
	_ "github.com/prometheus/exporter-toolkit/web/kingpinflag"
	_ "github.com/prometheus/node_exporter/collector"
	_ "log/slog"
	_ "net/http"
	_ "net/http/pprof"
	_ "os"
	_ "os/user"
	_ "runtime"
	_ "slices"
	_ "sort"
)
