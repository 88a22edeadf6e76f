// Import list of package naming in client/v3/naming of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package naming

import (
)
