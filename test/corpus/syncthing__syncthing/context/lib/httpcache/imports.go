// Import list of package httpcache in lib/httpcache of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package httpcache

import (
	_ "bytes"
	_ "compress/gzip"
	_ "context"
	_ "fmt"
	_ "maps"
	_ "net/http"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
