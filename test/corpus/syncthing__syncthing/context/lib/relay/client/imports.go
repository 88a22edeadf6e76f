// Import list of package client in lib/relay/client of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package client

import (
	_ "context"
	_ "crypto/tls"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/dialer"
	_ "github.com/syncthing/syncthing/lib/osutil"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "github.com/syncthing/syncthing/lib/rand"
	_ "github.com/syncthing/syncthing/lib/relay/protocol"
	_ "github.com/syncthing/syncthing/lib/svcutil"
	_ "github.com/thejerf/suture/v4"
	_ "log/slog"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "slices"
	_ "strconv"
	_ "sync"
	_ "time"
)
