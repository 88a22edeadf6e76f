// Import list of package logutil in client/pkg/logutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package logutil

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/coreos/go-systemd/v22/journal"
	_ "go.etcd.io/etcd/client/pkg/v3/systemd"
	_ "go.uber.org/zap"
	_ "go.uber.org/zap/zapcore"
	_ "io"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "time"
)
