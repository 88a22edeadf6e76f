// Import list of package fastrand in internal/fastrand of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package fastrand

import (
	_ "unsafe"
)
