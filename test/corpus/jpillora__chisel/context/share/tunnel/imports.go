// Import list of package tunnel in share/tunnel of jpillora/chisel (the import blocks of its non-test files; no code kept)
package tunnel

import (
	_ "bytes"
	_ "context"
	_ "encoding/gob"
	_ "errors"
	_ "fmt"
	_ "github.com/armon/go-socks5"
	_ "github.com/jpillora/chisel/share/cio"
	_ "github.com/jpillora/chisel/share/cnet"
	_ "github.com/jpillora/chisel/share/settings"
	_ "github.com/jpillora/sizestr"
	_ "golang.org/x/crypto/ssh"
	_ "golang.org/x/sync/errgroup"
	_ "io"
	_ "log"
	_ "net"
	_ "os"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
