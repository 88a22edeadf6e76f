// Import list of package client in tests/robustness/client of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package client

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/tests/v3/framework/e2e"
	_ "go.etcd.io/etcd/tests/v3/robustness/identity"
	_ "go.etcd.io/etcd/tests/v3/robustness/model"
	_ "go.etcd.io/etcd/tests/v3/robustness/report"
	_ "go.uber.org/zap"
	_ "golang.org/x/sync/errgroup"
	_ "sync"
	_ "time"
)
