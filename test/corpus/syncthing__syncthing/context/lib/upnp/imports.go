// Import list of package upnp in lib/upnp of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package upnp

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "encoding/xml"
	_ "errors"
	_ "fmt"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/build"
	_ "github.com/syncthing/syncthing/lib/dialer"
	_ "github.com/syncthing/syncthing/lib/nat"
	_ "github.com/syncthing/syncthing/lib/netutil"
	_ "github.com/syncthing/syncthing/lib/osutil"
	_ "io"
	_ "log/slog"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "runtime"
	_ "strings"
	_ "sync"
	_ "time"
)
