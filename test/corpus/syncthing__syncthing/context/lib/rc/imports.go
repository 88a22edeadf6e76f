// Import list of package rc in lib/rc of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package rc

import (
	_ "bufio"
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/config"
	_ "github.com/syncthing/syncthing/lib/dialer"
	_ "github.com/syncthing/syncthing/lib/events"
	_ "github.com/syncthing/syncthing/lib/model"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "io"
	_ "log"
	_ "log/slog"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "strconv"
	_ "sync"
	_ "time"
)
