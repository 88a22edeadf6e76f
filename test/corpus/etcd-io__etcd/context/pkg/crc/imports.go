// Import list of package crc in pkg/crc of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package crc

import (
	_ "hash"
	_ "hash/crc32"
)
