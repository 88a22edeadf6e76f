// Import list of package recipe in client/v3/experimental/recipes of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package recipe

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/client/v3/concurrency"
	_ "strings"
	_ "time"
)
