// Import list of package assets in lib/assets of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package assets

import (
	_ "compress/gzip"
	_ "fmt"
	_ "io"
	_ "mime"
	_ "net/http"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "time"
)
