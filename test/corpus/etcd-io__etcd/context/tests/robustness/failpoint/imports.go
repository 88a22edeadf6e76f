// Import list of package failpoint in tests/robustness/failpoint of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package failpoint

import (
	_ "context"
	_ "fmt"
	_ "github.com/Masterminds/semver/v3"
	_ "github.com/stretchr/testify/require"
	_ "go.etcd.io/etcd/client/pkg/v3/fileutil"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/server/v3/etcdserver"
	_ "go.etcd.io/etcd/tests/v3/framework/e2e"
	_ "go.etcd.io/etcd/tests/v3/robustness/client"
	_ "go.etcd.io/etcd/tests/v3/robustness/identity"
	_ "go.etcd.io/etcd/tests/v3/robustness/report"
	_ "go.etcd.io/etcd/tests/v3/robustness/traffic"
	_ "go.uber.org/zap"
	_ "google.golang.org/grpc/health/grpc_health_v1"
	_ "math/rand"
	_ "os"
	_ "strings"
	_ "testing"
	_ "time"
)
