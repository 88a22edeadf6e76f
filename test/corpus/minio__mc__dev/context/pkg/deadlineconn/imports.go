// Import list of package deadlineconn in pkg/deadlineconn of minio/mc (the import blocks of its non-test files; no code kept)
package deadlineconn

import (
	_ "net"
	_ "time"
)
