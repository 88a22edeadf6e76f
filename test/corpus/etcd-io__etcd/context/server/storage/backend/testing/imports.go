// Import list of package betesting in server/storage/backend/testing of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package betesting

import (
	_ "github.com/stretchr/testify/assert"
	_ "go.etcd.io/etcd/server/v3/storage/backend"
	_ "go.uber.org/zap/zaptest"
	_ "os"
	_ "path/filepath"
	_ "testing"
	_ "time"
)
