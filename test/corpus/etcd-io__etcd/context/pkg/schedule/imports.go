// Import list of package schedule in pkg/schedule of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package schedule

import (
	_ "context"
	_ "go.etcd.io/etcd/client/pkg/v3/verify"
	_ "go.uber.org/zap"
	_ "sync"
)
