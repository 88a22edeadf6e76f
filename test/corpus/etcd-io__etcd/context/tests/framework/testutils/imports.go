// Import list of package testutils in tests/framework/testutils of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package testutils

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/etcd/client/pkg/v3/testutil"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/tests/v3/framework/interfaces"
	_ "go.uber.org/zap"
	_ "go.uber.org/zap/zapcore"
	_ "go.uber.org/zap/zaptest/observer"
	_ "path/filepath"
	_ "strings"
	_ "sync"
	_ "testing"
	_ "time"
)
