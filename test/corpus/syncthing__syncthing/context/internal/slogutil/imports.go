// Import list of package slogutil in internal/slogutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package slogutil

import (
	_ "bytes"
	_ "cmp"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "io"
	_ "log/slog"
	_ "maps"
	_ "os"
	_ "path"
	_ "runtime"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
