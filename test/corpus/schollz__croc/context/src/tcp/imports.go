// Import list of package tcp in src/tcp of schollz/croc (the import blocks of its non-test files; no code kept)
package tcp

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/schollz/croc/v11/src/comm"
	_ "github.com/schollz/croc/v11/src/crypt"
	_ "github.com/schollz/croc/v11/src/redact"
	_ "github.com/schollz/logger"
	_ "github.com/schollz/pake/v3"
	_ "io"
	_ "net"
	_ "net/netip"
	_ "strings"
	_ "sync"
	_ "time"
)
