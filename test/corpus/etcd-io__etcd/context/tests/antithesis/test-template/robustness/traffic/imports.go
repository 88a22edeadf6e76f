// Import list of package main in tests/antithesis/test-template/robustness/traffic of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "github.com/antithesishq/antithesis-sdk-go/assert"
	_ "go.etcd.io/etcd/tests/v3/antithesis/test-template/robustness/common"
	_ "go.etcd.io/etcd/tests/v3/robustness/client"
	_ "go.etcd.io/etcd/tests/v3/robustness/identity"
	_ "go.etcd.io/etcd/tests/v3/robustness/random"
	_ "go.etcd.io/etcd/tests/v3/robustness/report"
	_ "go.etcd.io/etcd/tests/v3/robustness/traffic"
	_ "go.uber.org/zap"
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/time/rate"
	_ "math/rand/v2"
	_ "os"
	_ "slices"
	_ "sync"
	_ "time"
)
