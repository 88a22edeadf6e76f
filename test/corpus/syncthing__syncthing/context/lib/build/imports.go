// Import list of package build in lib/build of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package build

import (
	_ "errors"
	_ "fmt"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "log"
	_ "os"
	_ "regexp"
	_ "runtime"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
