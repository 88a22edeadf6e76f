// Import list of package config in tests/framework/config of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package config

import (
	_ "go.etcd.io/etcd/client/v3"
	_ "time"
)
