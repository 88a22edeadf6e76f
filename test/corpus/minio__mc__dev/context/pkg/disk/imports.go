// Import list of package disk in pkg/disk of minio/mc (the import blocks of its non-test files; no code kept)
package disk

import (
	_ "os"
	_ "os/user"
	_ "strconv"
	_ "strings"
	_ "syscall"
)
