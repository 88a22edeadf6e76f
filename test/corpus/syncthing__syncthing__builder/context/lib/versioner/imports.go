// Import list of package versioner in lib/versioner of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package versioner

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/kballard/go-shellquote"
	_ "github.com/syncthing/syncthing/internal/slogutil"
	_ "github.com/syncthing/syncthing/lib/build"
	_ "github.com/syncthing/syncthing/lib/config"
	_ "github.com/syncthing/syncthing/lib/fs"
	_ "github.com/syncthing/syncthing/lib/osutil"
	_ "github.com/syncthing/syncthing/lib/stringutil"
	_ "log/slog"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "regexp"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
