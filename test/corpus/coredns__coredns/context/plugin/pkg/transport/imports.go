// Import list of package transport in plugin/pkg/transport of coredns/coredns (the import blocks of its non-test files; no code kept)
package transport

import (
)
