// Import list of package internal in client/v3/naming/endpoints/internal of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package internal

import (
)
