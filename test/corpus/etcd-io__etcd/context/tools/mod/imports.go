// Import list of package mod in tools/mod of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package mod

import (
)
