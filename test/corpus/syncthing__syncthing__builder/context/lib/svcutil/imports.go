// Import list of package svcutil in lib/svcutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package svcutil

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/thejerf/suture/v4"
	_ "log/slog"
	_ "sync"
	_ "time"
)
