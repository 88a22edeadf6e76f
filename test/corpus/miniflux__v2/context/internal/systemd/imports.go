// Import list of package systemd in internal/systemd of miniflux/v2 (the import blocks of its non-test files; no code kept)
package systemd

import (
	_ "errors"
	_ "fmt"
	_ "net"
	_ "os"
	_ "strconv"
	_ "time"
)
