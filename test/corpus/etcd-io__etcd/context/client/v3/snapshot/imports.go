// Import list of package snapshot in client/v3/snapshot of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package snapshot

import (
	_ "context"
	_ "crypto/sha256"
	_ "errors"
	_ "fmt"
	_ "github.com/dustin/go-humanize"
	_ "go.etcd.io/etcd/client/pkg/v3/fileutil"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.uber.org/zap"
	_ "io"
	_ "os"
	_ "time"
)
