// Import list of package pbutil in pkg/pbutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package pbutil

import (
	_ "fmt"
	_ "google.golang.org/protobuf/proto"
)
