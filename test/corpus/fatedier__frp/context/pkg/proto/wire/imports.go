// Import list of package wire in pkg/proto/wire of fatedier/frp (the import blocks of its non-test files; no code kept)
package wire

import (
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "encoding/binary"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/fatedier/golib/net"
	_ "golang.org/x/sys/cpu"
	_ "hash"
	_ "io"
	_ "net"
	_ "runtime"
	_ "slices"
)
