// Import list of package main in tests/antithesis/test-template/robustness/finally of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/antithesishq/antithesis-sdk-go/assert"
	_ "go.etcd.io/etcd/tests/v3/antithesis/test-template/robustness/common"
	_ "go.etcd.io/etcd/tests/v3/robustness/report"
	_ "go.etcd.io/etcd/tests/v3/robustness/validate"
	_ "go.uber.org/zap"
	_ "maps"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "time"
)
