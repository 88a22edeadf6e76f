// Import list of package ignore in lib/ignore of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package ignore

import (
	_ "bufio"
	_ "bytes"
	_ "crypto/sha256"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "github.com/gobwas/glob"
	_ "github.com/syncthing/syncthing/lib/build"
	_ "github.com/syncthing/syncthing/lib/fs"
	_ "github.com/syncthing/syncthing/lib/ignore/ignoreresult"
	_ "github.com/syncthing/syncthing/lib/osutil"
	_ "golang.org/x/text/unicode/norm"
	_ "io"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "sync"
	_ "time"
	_ "unicode/utf8"
)
