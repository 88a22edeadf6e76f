// Import list of package main in cmd/infra/stupgrades of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/alecthomas/kong"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/build"
	_ "github.com/syncthing/syncthing/lib/httpcache"
	_ "github.com/syncthing/syncthing/lib/upgrade"
	_ "io"
	_ "log/slog"
	_ "net"
	_ "net/http"
	_ "os"
	_ "regexp"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
