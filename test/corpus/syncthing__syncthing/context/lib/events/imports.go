// Import list of package events in lib/events of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package events

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/syncutil"
	_ "github.com/thejerf/suture/v4"
	_ "runtime"
	_ "sync"
	_ "time"
)
