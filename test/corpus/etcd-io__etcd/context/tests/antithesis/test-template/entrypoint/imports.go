// Import list of package main in tests/antithesis/test-template/entrypoint of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "fmt"
	_ "github.com/antithesishq/antithesis-sdk-go/lifecycle"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/tests/v3/antithesis/test-template/robustness/common"
	_ "time"
)
