// Import list of package datadir in server/storage/datadir of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package datadir

import (
	_ "path/filepath"
)
