// Import list of package features in server/features of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package features

import (
	_ "fmt"
	_ "go.etcd.io/etcd/pkg/v3/featuregate"
	_ "go.uber.org/zap"
)
