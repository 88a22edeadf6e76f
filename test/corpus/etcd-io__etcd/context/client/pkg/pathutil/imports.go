// Import list of package pathutil in client/pkg/pathutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package pathutil

import (
	_ "path"
)
