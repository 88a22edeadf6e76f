// Import list of package watcherx in oryx/watcherx of ory/hydra (the import blocks of its non-test files; no code kept)
package watcherx

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/pkg/errors"
	_ "github.com/stretchr/testify/require"
	_ "io"
	_ "net/url"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "runtime"
	_ "sync"
	_ "testing"
	_ "time"
)
