// Import list of package unit in tests/framework/unit of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package unit

import (
	_ "context"
	_ "flag"
	_ "fmt"
	_ "go.etcd.io/etcd/client/pkg/v3/testutil"
	_ "go.etcd.io/etcd/tests/v3/framework/config"
	_ "go.etcd.io/etcd/tests/v3/framework/interfaces"
	_ "os"
	_ "testing"
)
