// Import list of package scenarios in tests/robustness/scenarios of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package scenarios

import (
	_ "github.com/stretchr/testify/require"
	_ "go.etcd.io/etcd/api/v3/version"
	_ "go.etcd.io/etcd/client/pkg/v3/fileutil"
	_ "go.etcd.io/etcd/server/v3/etcdserver"
	_ "go.etcd.io/etcd/tests/v3/framework/e2e"
	_ "go.etcd.io/etcd/tests/v3/robustness/failpoint"
	_ "go.etcd.io/etcd/tests/v3/robustness/options"
	_ "go.etcd.io/etcd/tests/v3/robustness/random"
	_ "go.etcd.io/etcd/tests/v3/robustness/traffic"
	_ "os"
	_ "path/filepath"
	_ "testing"
	_ "time"
)
