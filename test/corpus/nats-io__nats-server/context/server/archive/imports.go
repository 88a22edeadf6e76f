// Import list of package archive in server/archive of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package archive

import (
	_ "bufio"
	_ "encoding/binary"
	_ "errors"
	_ "io"
)
