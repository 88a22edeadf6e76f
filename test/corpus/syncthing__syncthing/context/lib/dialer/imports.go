// Import list of package dialer in lib/dialer of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package dialer

import (
	_ "bufio"
	_ "context"
	_ "crypto/tls"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/connections/registry"
	_ "golang.org/x/net/ipv4"
	_ "golang.org/x/net/ipv6"
	_ "golang.org/x/net/proxy"
	_ "golang.org/x/sys/unix"
	_ "log/slog"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "sync"
	_ "syscall"
	_ "time"
)
