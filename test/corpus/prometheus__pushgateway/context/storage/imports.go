// Import list of package storage in storage of prometheus/pushgateway (the import blocks of its non-test files; no code kept)
package storage

import (
	_ "encoding/gob"
	_ "errors"
	_ "fmt"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_model/go"
	_ "github.com/prometheus/common/model"
	_ "github.com/prometheus/common/promslog"
	_ "google.golang.org/protobuf/proto"
	_ "log/slog"
	_ "maps"
	_ "os"
	_ "path"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "time"
)
