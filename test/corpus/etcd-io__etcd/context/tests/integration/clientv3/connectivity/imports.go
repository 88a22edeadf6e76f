// Import list of package connectivity in tests/integration/clientv3/connectivity of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package connectivity

import (
)
