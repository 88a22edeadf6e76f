// Import list of package lease in tests/integration/clientv3/lease of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package lease

import (
)
