// Import list of package sysmem in server/sysmem of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package sysmem

import (
	_ "syscall"
)
