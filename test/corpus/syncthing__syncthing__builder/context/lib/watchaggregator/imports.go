// Import list of package watchaggregator in lib/watchaggregator of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package watchaggregator

import (
	_ "context"
	_ "fmt"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/config"
	_ "github.com/syncthing/syncthing/lib/events"
	_ "github.com/syncthing/syncthing/lib/fs"
	_ "path/filepath"
	_ "strings"
	_ "time"
)
